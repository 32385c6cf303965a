using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.RequestId).HasMaxLength(64);
        builder.Property(d => d.CallerId).HasMaxLength(64);
        builder.Property(d => d.DocumentHash).HasMaxLength(80);
        builder.Property(d => d.OperationName).HasMaxLength(Disclosure.MaxOperationNameLength);
        // No foreign keys: the log is written from the rows the response read, and a key checked on
        // insert locks the row it names (PostgreSQL's FOR KEY SHARE). Every read of a case would
        // write a lock into that case's row and into the caller's agency's row, and concurrent
        // reads of the same cases or by one agency would share those locks through multixacts.
        builder.HasIndex(d => new { d.CaseId, d.OccurredAt, d.Id });
        builder.HasIndex(d => new { d.AgencyId, d.OccurredAt });
        // The purge command deletes the oldest rows a batch at a time; without this each batch
        // would read the whole log to find them.
        builder.HasIndex(d => d.OccurredAt);
    }
}
