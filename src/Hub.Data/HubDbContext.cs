using Hub.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Data;

/// <summary>The one model behind the three providers; each provider keeps its migrations in an
/// assembly of its own. It also holds the data-protection key ring, so that every instance of the
/// Hub, and the same instance after a restart, seals and opens cursors alike.</summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<AgencyTenant> AgencyTenants => Set<AgencyTenant>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectCountry> ProjectCountries => Set<ProjectCountry>();
    public DbSet<ProjectPartner> ProjectPartners => Set<ProjectPartner>();
    public DbSet<DonorContribution> DonorContributions => Set<DonorContribution>();
    public DbSet<CapacityBuildingActivity> CapacityBuildingActivities => Set<CapacityBuildingActivity>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseExploitationType> CaseExploitationTypes => Set<CaseExploitationType>();
    public DbSet<CaseMeansOfControl> CaseMeansOfControl => Set<CaseMeansOfControl>();
    public DbSet<CaseService> CaseServices => Set<CaseService>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralService> ReferralServices => Set<ReferralService>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Disclosure> Disclosures => Set<Disclosure>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<TrustedDocument> TrustedDocuments => Set<TrustedDocument>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AccessRules> AccessRules => Set<AccessRules>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
        TextCollation.Apply(modelBuilder, Database.ProviderName);
        // Declared so that EF Core writes to these tables in a form SQL Server allows on a table
        // with a trigger (no bare OUTPUT clause); the triggers are the migrations'.
        foreach (var type in Entities.AccessRules.Guarded)
        {
            modelBuilder.Entity(type).ToTable(t => t.HasTrigger(Entities.AccessRules.TriggerOn(modelBuilder.Model.FindEntityType(type)!.GetTableName()!)));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset and PostgreSQL refuses DateTime of another kind:
        // every instant is a UTC DateTime, marked UTC again when read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();

        // Taxonomy values are stored by name: readable in the database and safe against reordering.
        foreach (var enumType in typeof(HubDbContext).Assembly.GetTypes().Where(t => t.IsEnum && t != typeof(DataCategory)))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
        }

        configurationBuilder.Properties<string>().HaveMaxLength(200);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
