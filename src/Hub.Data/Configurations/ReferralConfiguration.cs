using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne(r => r.FromAgency).WithMany().HasForeignKey(r => r.FromAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ToAgency).WithMany().HasForeignKey(r => r.ToAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Project).WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Services).WithOne().HasForeignKey(s => s.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => new { r.FromAgencyId, r.ReferredOn, r.Id });
        builder.HasIndex(r => new { r.ToAgencyId, r.ReferredOn, r.Id });
        builder.HasIndex(r => new { r.ReferredOn, r.Id });
        builder.HasIndex(r => r.ProjectId);
        builder.HasIndex(r => new { r.ToAgencyId, r.ChangedOn });
        builder.HasIndex(r => new { r.FromAgencyId, r.ChangedOn });
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.DeclineReason).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();

        // One open referral of a case to an agency for a purpose: the database decides, also when
        // two requests race.
        builder.HasIndex(r => new { r.CaseId, r.ToAgencyId, r.Purpose }).IsUnique()
            .HasDatabaseName("IX_Referrals_Open").HasFilter("\"Status\" IN ('Pending', 'Accepted')");
        builder.ToTable(t => t.HasCheckConstraint("CK_Referrals_Parties", "\"FromAgencyId\" <> \"ToAgencyId\""));
    }
}
