using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Agencies;

internal sealed class AgencyStatusGraphType() : DescribedEnumGraphType<AgencyStatus>("AgencyStatus", "Whether an agency may use the Hub.", new Dictionary<AgencyStatus, string>
{
    [AgencyStatus.Active] = "The agency's users and apps may use the Hub.",
    [AgencyStatus.Suspended] = "Access is suspended: the agency's callers get nothing but `me`.",
});
