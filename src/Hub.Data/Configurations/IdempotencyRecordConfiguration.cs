using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.Property(r => r.Key).HasMaxLength(255);
        builder.Property(r => r.Fingerprint).HasMaxLength(64).IsFixedLength();
        // A request's outcomes: ids and errors, and the documents a trusted document registration
        // answers with (a request body is at most a few hundred kilobytes).
        builder.Property(r => r.Outcomes).HasMaxLength(1_000_000);
        builder.HasIndex(r => new { r.OwnerId, r.Key }).IsUnique();
        builder.HasIndex(r => r.ExpiresAt);
    }
}
