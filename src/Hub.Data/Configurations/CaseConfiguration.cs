using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reference).HasMaxLength(40);
        builder.Property(c => c.GivenName).HasMaxLength(100);
        builder.Property(c => c.FamilyName).HasMaxLength(100);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.DocumentNumber).HasMaxLength(40);
        foreach (var code in new[] { nameof(Case.CitizenshipCode), nameof(Case.CountryOfIdentificationCode), nameof(Case.CountryOfExploitationCode) })
        {
            builder.Property(code).HasMaxLength(3).IsFixedLength();
            builder.HasOne<Country>().WithMany().HasForeignKey(code).OnDelete(DeleteBehavior.Restrict);
        }

        builder.HasOne(c => c.OwnerAgency).WithMany().HasForeignKey(c => c.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OwnerAgencyId, c.Reference }).IsUnique();
        builder.HasIndex(c => new { c.OwnerAgencyId, c.RegisteredOn, c.Id });
        builder.HasIndex(c => new { c.RegisteredOn, c.Id });
        builder.HasIndex(c => new { c.OwnerAgencyId, c.ChangedOn });
        builder.HasIndex(c => c.ChangedOn);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasMany(c => c.ExploitationTypes).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.MeansOfControl).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Services).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Consents).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Referrals).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
