using System.Globalization;
using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Streams cases with their rows in chunks. Cases come in order of registration over the
/// six years before the anchor, with volumes growing over time, so that the sequence numbers in the
/// references run in date order; the data never depends on the chunk size.</summary>
internal sealed class CaseGenerator
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(6 * 365);

    private readonly SeedRandom random;
    private readonly AgencyDirectory directory;
    private readonly DateTime anchor;
    private readonly int total;
    private readonly Weighted<int> owners;
    private readonly ReferralGenerator referrals;
    private readonly ConsentGenerator consents;
    private readonly Dictionary<(int Owner, int Year), int> sequences = [];
    private int produced;

    public CaseGenerator(SeedRandom random, AgencyDirectory directory, ProjectPortfolio portfolio, DateTime anchor, int total)
    {
        this.random = random;
        this.directory = directory;
        this.anchor = anchor;
        this.total = total;
        owners = new Weighted<int>(Enumerable.Range(0, directory.Agencies.Count).Select(i => (i, OwnerWeight(directory.Agencies[i]))));
        referrals = new ReferralGenerator(directory, portfolio, anchor);
        consents = new ConsentGenerator(directory, anchor);
    }

    public bool HasMore => produced < total;

    public CaseBatch Next(int size)
    {
        var batch = new CaseBatch();
        for (var end = Math.Min(total, produced + size); produced < end; produced++)
        {
            Generate(batch);
        }

        return batch;
    }

    /// <summary>NGOs and ministries register most cases, migration-agency missions some; the demo's
    /// Nigerian shelter is among the busiest so that examples have data.</summary>
    private static double OwnerWeight(Agency agency)
    {
        var weight = agency.Kind switch
        {
            AgencyKind.Ngo => 3d,
            AgencyKind.Government => 2d,
            AgencyKind.MigrationAgencyMission => 1.5,
            _ => 0d,
        };
        weight *= agency.Code switch
        {
            WellKnownAgencies.NigeriaShelter => 2.5,
            WellKnownAgencies.NigeriaMinistry or WellKnownAgencies.ThailandLegalAid => 1.5,
            _ => 1,
        };
        return agency.Status == AgencyStatus.Suspended ? weight * 0.5 : weight;
    }

    private void Generate(CaseBatch batch)
    {
        var registeredOn = RegisteredOn();
        var owner = Owner(registeredOn);
        var ownerAgency = directory.Agencies[owner];
        var types = CaseExperience.Types(random);
        var (citizenship, identification, exploitation) = CaseGeography.Generate(random, ownerAgency.CountryCode);
        var id = random.NextGuid();
        var @case = new Case
        {
            Id = id,
            // Random as the id it is taken from, and without drawing from the generator, so that
            // the rest of the demo data stays as it was.
            RecordKey = id.ToByteArray()[15],
            Reference = Reference(owner, registeredOn),
            OwnerAgencyId = ownerAgency.Id,
            RegisteredOn = registeredOn,
            ChangedOn = registeredOn,
            IdentityChangedOn = registeredOn,
            DemographicChangedOn = registeredOn,
            TraffickingExperienceChangedOn = registeredOn,
            AssistanceChangedOn = registeredOn,
            Sex = CaseDemographics.Sex(random, types[0]),
            AgeBracket = CaseDemographics.AgeBracket(random, types[0]),
            CitizenshipCode = citizenship,
            CountryOfIdentificationCode = identification,
            CountryOfExploitationCode = exploitation,
        };
        CaseIdentity.Apply(random, @case, ownerAgency.CountryCode);
        CaseExperience.Apply(random, @case, types, batch);
        var needed = CaseAssistance.Apply(random, @case, anchor, batch);
        batch.Cases.Add(@case);
        var sent = referrals.Generate(random, @case, owner, needed, batch);
        consents.Generate(random, @case, owner, sent, batch);
    }

    /// <summary>Case n of N falls at the n-th quantile of a density rising linearly to twice its
    /// starting value, so later years have more cases, and dates never go backwards.</summary>
    private DateTime RegisteredOn()
    {
        var u = (produced + random.NextDouble()) / total;
        var x = Math.Sqrt(1 + (3 * u)) - 1;
        var start = anchor - Window;
        var seconds = (long)(Window.TotalSeconds * x);
        return DateTime.SpecifyKind(start.AddSeconds(Math.Min(seconds, (long)Window.TotalSeconds - 1)), DateTimeKind.Utc);
    }

    /// <summary>A suspended agency only registered cases before its suspension, a year before the anchor.</summary>
    private int Owner(DateTime registeredOn)
    {
        var owner = owners.Pick(random);
        while (!directory.IsActive(owner) && registeredOn > anchor.AddYears(-1))
        {
            owner = owners.Pick(random);
        }

        return owner;
    }

    private string Reference(int owner, DateTime registeredOn)
    {
        var key = (owner, registeredOn.Year);
        var sequence = sequences.GetValueOrDefault(key) + 1;
        sequences[key] = sequence;
        return string.Create(CultureInfo.InvariantCulture, $"{directory.Agencies[owner].Code}-{registeredOn.Year}-{sequence:D5}");
    }
}
