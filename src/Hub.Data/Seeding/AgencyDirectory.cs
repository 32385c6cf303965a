using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>The generated registry with the lookups the other generators need. Agencies are
/// addressed by their index in <see cref="Agencies"/>, in catalogue order.</summary>
internal sealed class AgencyDirectory
{
    private readonly Dictionary<string, int[]> byCountry;

    public AgencyDirectory(IReadOnlyList<Agency> agencies, IReadOnlyList<AgencyTenant> tenants, IReadOnlyList<string[]> staff)
    {
        Agencies = agencies;
        Tenants = tenants;
        Staff = staff;
        byCountry = Enumerable.Range(0, agencies.Count)
            .GroupBy(i => agencies[i].CountryCode)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<Agency> Agencies { get; }

    public IReadOnlyList<AgencyTenant> Tenants { get; }

    /// <summary>Per agency, the Entra object ids of the staff who record consents.</summary>
    public IReadOnlyList<string[]> Staff { get; }

    public IReadOnlyList<int> InCountry(string countryCode) =>
        byCountry.TryGetValue(countryCode, out var indices) ? indices : [];

    public int IndexOf(string code)
    {
        for (var i = 0; i < Agencies.Count; i++)
        {
            if (Agencies[i].Code == code)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"No demo agency has the code {code}.");
    }

    public bool IsActive(int index) => Agencies[index].Status == AgencyStatus.Active;
}
