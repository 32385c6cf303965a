using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class DonorContributionConfiguration : IEntityTypeConfiguration<DonorContribution>
{
    public void Configure(EntityTypeBuilder<DonorContribution> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.ProjectId, c.Year });
    }
}
