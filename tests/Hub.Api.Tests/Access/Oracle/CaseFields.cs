using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

/// <summary>The gated fields of the GraphQL <c>Case</c> type (DESIGN §2 and §4), in schema order.</summary>
public static class CaseFields
{
    private static readonly (string Name, DataCategory Category, Func<OracleCase, object?> Value)[] Fields =
    [
        ("givenName", DataCategory.Identity, c => c.Identity.GivenName),
        ("familyName", DataCategory.Identity, c => c.Identity.FamilyName),
        ("dateOfBirth", DataCategory.Identity, c => c.Identity.DateOfBirth),
        ("phone", DataCategory.Identity, c => c.Identity.Phone),
        ("currentLocation", DataCategory.Identity, c => c.Identity.CurrentLocation),
        ("documentNumber", DataCategory.Identity, c => c.Identity.DocumentNumber),
        ("sex", DataCategory.Demographic, c => c.Demographic.Sex),
        ("ageBracket", DataCategory.Demographic, c => c.Demographic.AgeBracket),
        ("citizenship", DataCategory.Demographic, c => c.Demographic.Citizenship),
        ("countryOfIdentification", DataCategory.Demographic, c => c.Demographic.CountryOfIdentification),
        ("exploitationTypes", DataCategory.TraffickingExperience, c => c.TraffickingExperience.ExploitationTypes),
        ("labourSector", DataCategory.TraffickingExperience, c => c.TraffickingExperience.LabourSector),
        ("meansOfControl", DataCategory.TraffickingExperience, c => c.TraffickingExperience.MeansOfControl),
        ("recruitmentMethod", DataCategory.TraffickingExperience, c => c.TraffickingExperience.RecruitmentMethod),
        ("recruiterRelation", DataCategory.TraffickingExperience, c => c.TraffickingExperience.RecruiterRelation),
        ("traffickingDuration", DataCategory.TraffickingExperience, c => c.TraffickingExperience.TraffickingDuration),
        ("countryOfExploitation", DataCategory.TraffickingExperience, c => c.TraffickingExperience.CountryOfExploitation),
        ("servicesNeeded", DataCategory.Assistance, c => c.Assistance.ServicesNeeded),
        ("servicesReceived", DataCategory.Assistance, c => c.Assistance.ServicesReceived),
        ("status", DataCategory.Assistance, c => c.Assistance.Status),
    ];

    /// <summary>Every gated field's GraphQL name, in schema order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Fields.Select(f => f.Name)];

    /// <summary>GraphQL field name → the data category that gates it (ordinal, case-sensitive names).</summary>
    public static IReadOnlyDictionary<string, DataCategory> Categories { get; } =
        Fields.ToDictionary(f => f.Name, f => f.Category, StringComparer.Ordinal);

    /// <summary>The fields whose values are lists.</summary>
    public static IReadOnlySet<string> ListFields { get; } =
        new HashSet<string>(["exploitationTypes", "meansOfControl", "servicesNeeded", "servicesReceived"], StringComparer.Ordinal);

    /// <summary>The fields whose values are country codes (GraphQL <c>Country</c> objects).</summary>
    public static IReadOnlySet<string> CountryFields { get; } =
        new HashSet<string>(["citizenship", "countryOfIdentification", "countryOfExploitation"], StringComparer.Ordinal);

    public static bool IsGated(string field) => Categories.ContainsKey(field);

    /// <summary>The stored value of a gated field, regardless of who asks: a string, a country code, a
    /// <see cref="DateOnly"/>, a boxed enum or an <see cref="IReadOnlyList{T}"/> of enums.</summary>
    public static object? Value(OracleCase c, string field)
    {
        ArgumentNullException.ThrowIfNull(c);
        foreach (var f in Fields)
        {
            if (string.Equals(f.Name, field, StringComparison.Ordinal))
            {
                return f.Value(c);
            }
        }

        throw new ArgumentException($"'{field}' is not a gated Case field.", nameof(field));
    }
}
