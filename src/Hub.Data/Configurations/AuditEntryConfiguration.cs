using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.RequestId).HasMaxLength(64);
        builder.Property(a => a.ActorId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.EntityType).HasMaxLength(60);
        builder.Property(a => a.EntityId).HasMaxLength(80);
        builder.Property(a => a.BeforeJson).HasMaxLength(4000);
        builder.Property(a => a.AfterJson).HasMaxLength(4000);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => new { a.AgencyId, a.OccurredAt, a.Id });
        builder.Property(a => a.TenantId).HasMaxLength(64);
        builder.Property(a => a.ChangedFields).HasMaxLength(1000);
    }
}
