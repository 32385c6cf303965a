using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Agencies;

internal sealed class AgencyKindGraphType() : DescribedEnumGraphType<AgencyKind>("AgencyKind", "What kind of body an agency is.", new Dictionary<AgencyKind, string>
{
    [AgencyKind.Government] = "A ministry or national authority, e.g. the body running the national referral mechanism.",
    [AgencyKind.Ngo] = "A non-governmental organisation: shelter, legal aid, hotline.",
    [AgencyKind.InternationalOrganization] = "An international organisation.",
    [AgencyKind.MigrationAgencyMission] = "A country mission of a migration agency.",
});
