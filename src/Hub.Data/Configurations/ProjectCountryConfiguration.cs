using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ProjectCountryConfiguration : IEntityTypeConfiguration<ProjectCountry>
{
    public void Configure(EntityTypeBuilder<ProjectCountry> builder)
    {
        builder.HasKey(c => new { c.ProjectId, c.CountryCode });
        builder.Property(c => c.CountryCode).HasMaxLength(3).IsFixedLength();
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CountryCode);
    }
}
