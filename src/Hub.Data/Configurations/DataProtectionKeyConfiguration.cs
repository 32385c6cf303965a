using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    // A key's XML is about a kilobyte, more once encrypted at rest; the Hub's 200-character
    // default for text would cut it.
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.Property(k => k.Xml).HasMaxLength(10_000);
}
