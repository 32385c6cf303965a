using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.RecipientCountryCode).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.RecordedBy).HasMaxLength(64);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.RecipientAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.RecipientCountryCode).OnDelete(DeleteBehavior.Restrict);

        // The consent lookup for one case, and the recipient's side for driving reads from what
        // an agency may see.
        builder.HasIndex(c => new { c.CaseId, c.Purpose });
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.RecipientAgencyId, c.Purpose });
        builder.HasIndex(c => new { c.RecipientKind, c.RecipientCountryCode, c.Purpose });

        builder.ToTable(t =>
        {
            t.HasCheckConstraint(
                "CK_Consents_Recipient",
                "(\"RecipientAgencyId\" IS NOT NULL AND \"RecipientKind\" IS NULL AND \"RecipientCountryCode\" IS NULL) OR " +
                "(\"RecipientAgencyId\" IS NULL AND \"RecipientKind\" IS NOT NULL AND \"RecipientCountryCode\" IS NOT NULL)");
            t.HasCheckConstraint("CK_Consents_Expiry", "\"ExpiresOn\" > \"GrantedOn\"");
            t.HasCheckConstraint("CK_Consents_Categories", "\"Categories\" > 0 AND \"Categories\" < 16");
        });
    }
}
