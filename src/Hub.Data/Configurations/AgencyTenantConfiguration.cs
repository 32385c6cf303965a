using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class AgencyTenantConfiguration : IEntityTypeConfiguration<AgencyTenant>
{
    public void Configure(EntityTypeBuilder<AgencyTenant> builder)
    {
        // The tenant is the key: one tenant can never speak for two agencies.
        builder.HasKey(t => t.TenantId);
        builder.Property(t => t.TenantId).ValueGeneratedNever();
        builder.HasIndex(t => t.AgencyId);
    }
}
