using Hub.Data.Entities;

namespace Hub.Api.Access;

/// <summary>The data category of every gated Case field, by GraphQL field name.</summary>
internal static class CaseFieldCategories
{
    public static readonly IReadOnlyDictionary<string, DataCategory> ByField = new Dictionary<string, DataCategory>(StringComparer.Ordinal)
    {
        ["givenName"] = DataCategory.Identity,
        ["familyName"] = DataCategory.Identity,
        ["dateOfBirth"] = DataCategory.Identity,
        ["phone"] = DataCategory.Identity,
        ["currentLocation"] = DataCategory.Identity,
        ["documentNumber"] = DataCategory.Identity,
        ["sex"] = DataCategory.Demographic,
        ["ageBracket"] = DataCategory.Demographic,
        ["citizenship"] = DataCategory.Demographic,
        ["countryOfIdentification"] = DataCategory.Demographic,
        ["exploitationTypes"] = DataCategory.TraffickingExperience,
        ["labourSector"] = DataCategory.TraffickingExperience,
        ["meansOfControl"] = DataCategory.TraffickingExperience,
        ["recruitmentMethod"] = DataCategory.TraffickingExperience,
        ["recruiterRelation"] = DataCategory.TraffickingExperience,
        ["traffickingDuration"] = DataCategory.TraffickingExperience,
        ["countryOfExploitation"] = DataCategory.TraffickingExperience,
        ["servicesNeeded"] = DataCategory.Assistance,
        ["servicesReceived"] = DataCategory.Assistance,
        ["status"] = DataCategory.Assistance,
    };

    public static readonly DataCategory[] All =
        [DataCategory.Identity, DataCategory.Demographic, DataCategory.TraffickingExperience, DataCategory.Assistance];

    /// <summary>The single categories of a set, in declaration order.</summary>
    public static List<DataCategory> Split(DataCategory categories) => All.Where(c => categories.HasFlag(c)).ToList();
}
