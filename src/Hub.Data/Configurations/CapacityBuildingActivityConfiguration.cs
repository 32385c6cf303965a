using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class CapacityBuildingActivityConfiguration : IEntityTypeConfiguration<CapacityBuildingActivity>
{
    public void Configure(EntityTypeBuilder<CapacityBuildingActivity> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.CountryCode).HasMaxLength(3).IsFixedLength();
        builder.Property(a => a.KnowledgeGainPoints).HasPrecision(5, 1);
        builder.HasOne(a => a.Project).WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Country>().WithMany().HasForeignKey(a => a.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.PartnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ProjectId, a.StartsOn });
        builder.HasIndex(a => new { a.CountryCode, a.StartsOn });
        builder.HasIndex(a => new { a.StartsOn, a.Id });
        builder.HasIndex(a => a.PartnerAgencyId);
        builder.Property(a => a.Key).HasMaxLength(40);
        builder.HasIndex(a => new { a.ProjectId, a.Key }).IsUnique();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.ToTable(t => t.HasCheckConstraint("CK_CapacityBuildingActivities_Dates", "\"EndsOn\" >= \"StartsOn\""));
    }
}
