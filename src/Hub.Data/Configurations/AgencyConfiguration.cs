using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(20);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.CountryCode).HasMaxLength(3).IsFixedLength();
        builder.HasOne(a => a.Country).WithMany().HasForeignKey(a => a.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Tenants).WithOne().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.Kind, a.CountryCode });
        builder.Property(a => a.StatusReason).HasMaxLength(500);
        builder.Property(a => a.RoleCeiling).HasMaxLength(300);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}
