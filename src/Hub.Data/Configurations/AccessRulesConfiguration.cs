using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class AccessRulesConfiguration : IEntityTypeConfiguration<AccessRules>
{
    public void Configure(EntityTypeBuilder<AccessRules> builder)
    {
        builder.ToTable(nameof(AccessRules));
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasData(new AccessRules { Id = AccessRules.RowId, Version = 0 });
    }
}
