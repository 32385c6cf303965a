using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class TrustedDocumentConfiguration : IEntityTypeConfiguration<TrustedDocument>
{
    public void Configure(EntityTypeBuilder<TrustedDocument> builder)
    {
        builder.HasKey(d => new { d.AgencyId, d.DocumentId });
        builder.Property(d => d.DocumentId).HasMaxLength(71).IsFixedLength();
        builder.Property(d => d.Body).HasMaxLength(100_000);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.RegisteredBy).HasMaxLength(64);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.AgencyId, d.RegisteredAt });
    }
}
