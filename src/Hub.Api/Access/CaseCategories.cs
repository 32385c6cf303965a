using Hub.Data.Entities;

namespace Hub.Api.Access;

/// <summary>The four data categories of a case and the role that opens each (rule 3): IDENTITY
/// needs <c>Cases.ReadIdentity</c>, the others <c>Cases.Read</c>.</summary>
internal static class CaseCategories
{
    public static readonly DataCategory[] All =
        [DataCategory.Identity, DataCategory.Demographic, DataCategory.TraffickingExperience, DataCategory.Assistance];

    /// <summary>All four categories as one set.</summary>
    public const DataCategory Every = DataCategory.Identity | DataCategory.Demographic | DataCategory.TraffickingExperience | DataCategory.Assistance;

    /// <summary>The categories statistics may count cases by: every one but IDENTITY, which no count
    /// ever reads.</summary>
    public const DataCategory Counted = DataCategory.Demographic | DataCategory.TraffickingExperience | DataCategory.Assistance;

    public static string RoleOf(DataCategory category) => category == DataCategory.Identity ? HubRoles.CasesReadIdentity : HubRoles.CasesRead;

    /// <summary>The categories a set of roles opens.</summary>
    public static DataCategory OpenedBy(IReadOnlySet<string> roles) =>
        All.Where(c => roles.Contains(RoleOf(c))).Aggregate(DataCategory.None, (all, c) => all | c);

    /// <summary>When a category's fields of a case last changed, by category, in the order of <see cref="All"/>.</summary>
    public static readonly IReadOnlyList<System.Linq.Expressions.Expression<Func<Case, DateTime>>> ChangedOn =
        [c => c.IdentityChangedOn, c => c.DemographicChangedOn, c => c.TraffickingExperienceChangedOn, c => c.AssistanceChangedOn];

    /// <summary>Sets when the categories' fields of a case changed.</summary>
    public static void Changed(Case @case, DataCategory categories, DateTime now)
    {
        foreach (var (category, stamp) in All.Zip(ChangedOn))
        {
            if (categories.HasFlag(category))
            {
                ((System.Reflection.PropertyInfo)((System.Linq.Expressions.MemberExpression)stamp.Body).Member).SetValue(@case, now);
            }
        }
    }

    /// <summary>The single categories of a set, in declaration order.</summary>
    public static List<DataCategory> Split(DataCategory categories) => All.Where(c => categories.HasFlag(c)).ToList();

    /// <summary>The name under which a projection reads whether the category is disclosed, and
    /// nothing else of it.</summary>
    public static string FlagField(DataCategory category) => "#" + SchemaName(category);

    /// <summary>The category's name in the schema, e.g. <c>TRAFFICKING_EXPERIENCE</c>.</summary>
    public static string SchemaName(DataCategory category) =>
        string.Concat(category.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
