using System.Linq.Expressions;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>Every gated field of a case, declared once: adding a field here adds it to the schema,
/// the projection (read only under its category's gate), the filters, the withheld list and the
/// disclosure log.</summary>
internal static class GatedCaseFields
{
    private const DataCategory Identity = DataCategory.Identity;
    private const DataCategory Demographic = DataCategory.Demographic;
    private const DataCategory Trafficking = DataCategory.TraffickingExperience;
    private const DataCategory Assistance = DataCategory.Assistance;

    public static readonly IReadOnlyList<GatedCaseField> All =
    [
        new GatedColumn<string?>("givenName", Identity, "Given name.", c => c.GivenName, typeof(StringGraphType)),
        new GatedColumn<string?>("familyName", Identity, "Family name.", c => c.FamilyName, typeof(StringGraphType)),
        new GatedColumn<DateOnly?>("dateOfBirth", Identity, "Date of birth.", c => c.DateOfBirth, typeof(CalendarDateGraphType)),
        new GatedColumn<string?>("phone", Identity, "Phone number.", c => c.Phone, typeof(StringGraphType)),
        new GatedColumn<string?>("currentLocation", Identity, "Where the person is now.", c => c.CurrentLocation, typeof(StringGraphType)),
        new GatedColumn<string?>("documentNumber", Identity, "Identity or travel document number.", c => c.DocumentNumber, typeof(StringGraphType)),

        new GatedColumn<Sex?>("sex", Demographic, "Sex.", c => c.Sex, typeof(SexGraphType)),
        new GatedColumn<AgeBracket?>("ageBracket", Demographic, "Age at identification, in CTDC brackets.", c => c.AgeBracket, typeof(AgeBracketGraphType)),
        new GatedCountry("citizenship", Demographic, "Citizenship.", c => c.CitizenshipCode),
        new GatedCountry("countryOfIdentification", Demographic, "Where the person was identified.", c => c.CountryOfIdentificationCode),

        new GatedSet<ExploitationType>("exploitationTypes", Trafficking, "Types of exploitation.", c => c.ExploitationTypes.Select(e => e.Type), typeof(ExploitationTypeGraphType), CaseSets.ExploitationTypes),
        new GatedColumn<LabourSector?>("labourSector", Trafficking, "Sector of forced labour.", c => c.LabourSector, typeof(LabourSectorGraphType)),
        new GatedSet<MeansOfControl>("meansOfControl", Trafficking, "Means of control (HTCDS).", c => c.MeansOfControl.Select(e => e.Means), typeof(MeansOfControlGraphType), CaseSets.MeansOfControl),
        new GatedColumn<RecruitmentMethod?>("recruitmentMethod", Trafficking, "How the person was recruited.", c => c.RecruitmentMethod, typeof(RecruitmentMethodGraphType)),
        new GatedColumn<RecruiterRelation?>("recruiterRelation", Trafficking, "The recruiter's relation to the person.", c => c.RecruiterRelation, typeof(RecruiterRelationGraphType)),
        new GatedColumn<TraffickingDuration?>("traffickingDuration", Trafficking, "Time spent in the trafficking situation.", c => c.TraffickingDuration, typeof(TraffickingDurationGraphType)),
        new GatedCountry("countryOfExploitation", Trafficking, "Where the person was exploited.", c => c.CountryOfExploitationCode),

        new GatedSet<Service>("servicesNeeded", Assistance, "Services the person needs.", c => c.Services.Select(e => e.Service), typeof(ServiceGraphType), CaseSets.ServicesNeeded),
        new GatedSet<Service>("servicesReceived", Assistance, "Services the person has received.", c => c.Services.Where(e => e.Received).Select(e => e.Service), typeof(ServiceGraphType), CaseSets.ServicesReceived),
        new GatedColumn<CaseStatus?>("status", Assistance, "Where the case stands.", c => c.Status, typeof(CaseStatusGraphType)),
    ];

    public static readonly IReadOnlyDictionary<string, GatedCaseField> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    private static readonly Dictionary<DataCategory, Expression<Func<Case, AccessScope, bool>>> Gates =
        CaseCategories.All.ToDictionary(c => c, DisclosurePolicy.Discloses);

    /// <summary>Rule 3's condition for one category, to read its columns under.</summary>
    public static Expression<Func<Case, AccessScope, bool>> GateOf(DataCategory category) => Gates[category];

    /// <summary>The names of a category's fields, for the schema's descriptions.</summary>
    public static IEnumerable<string> NamesOf(DataCategory category) => All.Where(f => f.Category == category).Select(f => f.Name);
}
