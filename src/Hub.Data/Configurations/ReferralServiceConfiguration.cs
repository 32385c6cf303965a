using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ReferralServiceConfiguration : IEntityTypeConfiguration<ReferralService>
{
    public void Configure(EntityTypeBuilder<ReferralService> builder)
    {
        builder.HasKey(s => new { s.ReferralId, s.Service });
        builder.HasIndex(s => s.Service);
    }
}
