using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class CaseMeansOfControlConfiguration : IEntityTypeConfiguration<CaseMeansOfControl>
{
    public void Configure(EntityTypeBuilder<CaseMeansOfControl> builder)
    {
        builder.HasKey(e => new { e.CaseId, e.Means });
        builder.HasIndex(e => e.Means);
    }
}
