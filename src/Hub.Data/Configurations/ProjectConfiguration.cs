using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(20);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasOne(p => p.LeadAgency).WithMany().HasForeignKey(p => p.LeadAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.LeadAgencyId);
        builder.HasIndex(p => new { p.StartsOn, p.Id });
        builder.HasMany(p => p.Countries).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Partners).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Contributions).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.ToTable(t => t.HasCheckConstraint("CK_Projects_Dates", "\"EndsOn\" >= \"StartsOn\""));
    }
}
