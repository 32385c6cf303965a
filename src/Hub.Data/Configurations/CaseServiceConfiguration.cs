using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class CaseServiceConfiguration : IEntityTypeConfiguration<CaseService>
{
    public void Configure(EntityTypeBuilder<CaseService> builder)
    {
        builder.HasKey(e => new { e.CaseId, e.Service });
        builder.HasIndex(e => new { e.Service, e.Received });
    }
}
