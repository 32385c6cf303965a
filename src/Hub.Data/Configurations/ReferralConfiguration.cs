using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.FromAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.ToAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Services).WithOne().HasForeignKey(s => s.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => new { r.FromAgencyId, r.ReferredOn, r.Id });
        builder.HasIndex(r => new { r.ToAgencyId, r.ReferredOn, r.Id });
        builder.HasIndex(r => new { r.ReferredOn, r.Id });
        builder.HasIndex(r => r.ProjectId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Referrals_Parties", "\"FromAgencyId\" <> \"ToAgencyId\""));
    }
}
