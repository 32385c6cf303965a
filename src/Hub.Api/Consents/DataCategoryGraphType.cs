using Hub.Api.Access;
using Hub.Api.Cases;
using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Consents;

internal sealed class DataCategoryGraphType() : DescribedEnumGraphType<DataCategory>("DataCategory", "A category of a case's fields. A category is disclosed to an agency whose roles open it and that owns the case or holds an active consent for the declared purpose that includes it.", new Dictionary<DataCategory, string>
{
    [DataCategory.Identity] = Describe(DataCategory.Identity, "Directly identifying data"),
    [DataCategory.Demographic] = Describe(DataCategory.Demographic, "Quasi-identifiers"),
    [DataCategory.TraffickingExperience] = Describe(DataCategory.TraffickingExperience, "The trafficking experience"),
    [DataCategory.Assistance] = Describe(DataCategory.Assistance, "The assistance given"),
}, [DataCategory.None])
{
    private static string Describe(DataCategory category, string what)
    {
        var fields = GatedCaseFields.NamesOf(category).ToList();
        return $"{what}: the Case fields {string.Join(", ", fields[..^1])} and {fields[^1]}; opened by the role `{CaseCategories.RoleOf(category)}`.";
    }
}
