using System.Linq.Expressions;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Ordering;
using Hub.Api.GraphQL.Paging;
using Hub.Data.Entities;
using GraphQLTypes = GraphQL.Types;

namespace Hub.Api.Cases;

/// <summary>How case fields map to columns under the disclosure policy, and what clients may
/// filter and order cases by. Every gated column is read inside its category's gate; every filter
/// on a gated field carries the gate too.</summary>
internal static class CaseCatalog
{
    private static readonly Expression<Func<Case, AccessScope, bool>> Identity = DisclosurePolicy.Discloses(DataCategory.Identity);
    private static readonly Expression<Func<Case, AccessScope, bool>> Demographic = DisclosurePolicy.Discloses(DataCategory.Demographic);
    private static readonly Expression<Func<Case, AccessScope, bool>> Trafficking = DisclosurePolicy.Discloses(DataCategory.TraffickingExperience);
    private static readonly Expression<Func<Case, AccessScope, bool>> Assistance = DisclosurePolicy.Discloses(DataCategory.Assistance);

    public static readonly RowProjection<Case, CaseRow> Rows = Flags(new RowProjection<Case, CaseRow>()
        .Always(r => r.Id, (c, s) => c.Id)
        .Always(r => r.OwnerAgencyId, (c, s) => c.OwnerAgencyId)
        .Map("reference", r => r.Reference, (c, s) => c.Reference)
        .Map("registeredOn", r => r.RegisteredOn, (c, s) => (DateTime?)c.RegisteredOn)
        .Map("givenName", r => r.GivenName, Gate.When<Case, string?>(Identity, (c, s) => c.GivenName))
        .Map("familyName", r => r.FamilyName, Gate.When<Case, string?>(Identity, (c, s) => c.FamilyName))
        .Map("dateOfBirth", r => r.DateOfBirth, Gate.When<Case, DateOnly?>(Identity, (c, s) => c.DateOfBirth))
        .Map("phone", r => r.Phone, Gate.When<Case, string?>(Identity, (c, s) => c.Phone))
        .Map("currentLocation", r => r.CurrentLocation, Gate.When<Case, string?>(Identity, (c, s) => c.CurrentLocation))
        .Map("documentNumber", r => r.DocumentNumber, Gate.When<Case, string?>(Identity, (c, s) => c.DocumentNumber))
        .Map("sex", r => r.Sex, Gate.When<Case, Sex?>(Demographic, (c, s) => c.Sex))
        .Map("ageBracket", r => r.AgeBracket, Gate.When<Case, AgeBracket?>(Demographic, (c, s) => c.AgeBracket))
        .Map("citizenship", r => r.CitizenshipCode, Gate.When<Case, string?>(Demographic, (c, s) => c.CitizenshipCode))
        .Map("countryOfIdentification", r => r.CountryOfIdentificationCode, Gate.When<Case, string?>(Demographic, (c, s) => c.CountryOfIdentificationCode))
        .Map("labourSector", r => r.LabourSector, Gate.When<Case, LabourSector?>(Trafficking, (c, s) => c.LabourSector))
        .Map("recruitmentMethod", r => r.RecruitmentMethod, Gate.When<Case, RecruitmentMethod?>(Trafficking, (c, s) => c.RecruitmentMethod))
        .Map("recruiterRelation", r => r.RecruiterRelation, Gate.When<Case, RecruiterRelation?>(Trafficking, (c, s) => c.RecruiterRelation))
        .Map("traffickingDuration", r => r.TraffickingDuration, Gate.When<Case, TraffickingDuration?>(Trafficking, (c, s) => c.TraffickingDuration))
        .Map("countryOfExploitation", r => r.CountryOfExploitationCode, Gate.When<Case, string?>(Trafficking, (c, s) => c.CountryOfExploitationCode))
        .Map("status", r => r.Status, Gate.When<Case, CaseStatus?>(Assistance, (c, s) => c.Status)));

    // A category's flag is read whenever one of its fields, or the withheld list, is selected: it
    // is the gate itself, projected as a boolean.
    private static RowProjection<Case, CaseRow> Flags(RowProjection<Case, CaseRow> rows)
    {
        foreach (var (field, category) in CaseFieldCategories.ByField)
        {
            Flag(rows, field, category);
        }

        foreach (var category in CaseFieldCategories.All)
        {
            Flag(rows, "withheld", category);
        }

        return rows;
    }

    private static void Flag(RowProjection<Case, CaseRow> rows, string field, DataCategory category)
    {
        switch (category)
        {
            case DataCategory.Identity:
                rows.Map(field, r => r.IdentityDisclosed, Identity);
                break;
            case DataCategory.Demographic:
                rows.Map(field, r => r.DemographicDisclosed, Demographic);
                break;
            case DataCategory.TraffickingExperience:
                rows.Map(field, r => r.TraffickingExperienceDisclosed, Trafficking);
                break;
            default:
                rows.Map(field, r => r.AssistanceDisclosed, Assistance);
                break;
        }
    }

    public static Expression<Func<Case, AccessScope, bool>> GateOf(DataCategory category) => category switch
    {
        DataCategory.Identity => Identity,
        DataCategory.Demographic => Demographic,
        DataCategory.TraffickingExperience => Trafficking,
        _ => Assistance,
    };

    public static readonly IReadOnlyList<FilterField<Case>> Filters =
    [
        new ValueFilter<Case, string>("reference", "The owner's reference.", typeof(StringFilterInputGraphType), (c, s) => c.Reference),
        new ValueFilter<Case, DateTime>("registeredOn", "When the case was registered.", typeof(ComparableFilterInputGraphType<GraphQLTypes.DateTimeGraphType>), (c, s) => c.RegisteredOn),
        new ValueFilter<Case, Guid>("ownerId", "The owner agency's id.", typeof(EqualityFilterInputGraphType<GraphQLTypes.IdGraphType>), (c, s) => c.OwnerAgencyId),
        new ValueFilter<Case, Sex?>("sex", "DEMOGRAPHIC: sex. Matches only cases whose demographic data is disclosed to the caller.", typeof(EqualityFilterInputGraphType<SexGraphType>), (c, s) => c.Sex, Demographic),
        new ValueFilter<Case, AgeBracket?>("ageBracket", "DEMOGRAPHIC: age bracket. Matches only cases whose demographic data is disclosed to the caller.", typeof(EqualityFilterInputGraphType<AgeBracketGraphType>), (c, s) => c.AgeBracket, Demographic),
        new ValueFilter<Case, string?>("citizenship", "DEMOGRAPHIC: citizenship (ISO 3166-1 alpha-3). Matches only cases whose demographic data is disclosed to the caller.", typeof(StringFilterInputGraphType), (c, s) => c.CitizenshipCode, Demographic),
        new ValueFilter<Case, string?>("countryOfIdentification", "DEMOGRAPHIC: country of identification. Matches only cases whose demographic data is disclosed to the caller.", typeof(StringFilterInputGraphType), (c, s) => c.CountryOfIdentificationCode, Demographic),
        new SetFilter<Case, ExploitationType>("exploitationTypes", "TRAFFICKING_EXPERIENCE: types of exploitation. Matches only cases whose trafficking experience is disclosed to the caller.", typeof(SetFilterInputGraphType<EqualityFilterInputGraphType<ExploitationTypeGraphType>>), c => c.ExploitationTypes.Select(e => e.Type), Trafficking),
        new SetFilter<Case, MeansOfControl>("meansOfControl", "TRAFFICKING_EXPERIENCE: means of control. Matches only cases whose trafficking experience is disclosed to the caller.", typeof(SetFilterInputGraphType<EqualityFilterInputGraphType<MeansOfControlGraphType>>), c => c.MeansOfControl.Select(e => e.Means), Trafficking),
        new ValueFilter<Case, LabourSector?>("labourSector", "TRAFFICKING_EXPERIENCE: labour sector. Matches only cases whose trafficking experience is disclosed to the caller.", typeof(EqualityFilterInputGraphType<LabourSectorGraphType>), (c, s) => c.LabourSector, Trafficking),
        new ValueFilter<Case, string?>("countryOfExploitation", "TRAFFICKING_EXPERIENCE: country of exploitation. Matches only cases whose trafficking experience is disclosed to the caller.", typeof(StringFilterInputGraphType), (c, s) => c.CountryOfExploitationCode, Trafficking),
        new ValueFilter<Case, CaseStatus>("status", "ASSISTANCE: case status. Matches only cases whose assistance data is disclosed to the caller.", typeof(EqualityFilterInputGraphType<CaseStatusGraphType>), (c, s) => c.Status, Assistance),
        new SetFilter<Case, Service>("servicesNeeded", "ASSISTANCE: services needed. Matches only cases whose assistance data is disclosed to the caller.", typeof(SetFilterInputGraphType<EqualityFilterInputGraphType<ServiceGraphType>>), c => c.Services.Select(e => e.Service), Assistance),
    ];

    // Ordering by a gated column would evaluate the consent gate for every visible row and leak
    // an order over withheld values: cases order by their ungated keys only.
    public static readonly IReadOnlyList<OrderField<Case>> Order =
    [
        new("registeredOn", "By registration time.", d => OrderKey<Case>.By("registeredOn", c => c.RegisteredOn, d)),
        new("reference", "By the owner's reference.", d => OrderKey<Case>.By("reference", c => c.Reference, d)),
    ];

    public static readonly OrderKey<Case> Unique = OrderKey<Case>.By("id", c => c.Id);

    public static readonly IReadOnlyList<OrderKey<Case>> DefaultOrder = [OrderKey<Case>.By("registeredOn", c => c.RegisteredOn, descending: true)];
}
