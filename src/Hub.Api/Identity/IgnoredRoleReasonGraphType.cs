using Hub.Api.GraphQL;

namespace Hub.Api.Identity;

internal sealed class IgnoredRoleReasonGraphType() : DescribedEnumGraphType<IgnoredRoleReason>("IgnoredRoleReason", "Why the Hub does not let a role of the token be exercised.", new Dictionary<IgnoredRoleReason, string>
{
    [IgnoredRoleReason.NotAHubRole] = "Not an app role of the Hub's app registration: it means nothing here.",
    [IgnoredRoleReason.NoAgency] = "The token's tenant is no registered agency's, so it exercises no role of an agency. (The operator's `Hub.Admin` still reaches the registry operations: see `isOperator`.)",
    [IgnoredRoleReason.AgencyNotActive] = "The agency's access to the Hub is suspended: none of its roles is exercised until the operator reactivates it.",
    [IgnoredRoleReason.BeyondCeiling] = "Beyond the agency's role ceiling in the registry: the agency's own Entra administrators assign app roles in their tenant, and the Hub caps them at the roles the operator granted the agency.",
});
