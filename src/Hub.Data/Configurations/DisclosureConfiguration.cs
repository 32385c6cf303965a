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
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.CaseId, d.OccurredAt, d.Id });
        builder.HasIndex(d => new { d.AgencyId, d.OccurredAt });
    }
}
