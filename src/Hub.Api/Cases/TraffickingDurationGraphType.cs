using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class TraffickingDurationGraphType() : DescribedEnumGraphType<TraffickingDuration>("TraffickingDuration", "How long the person spent in the trafficking situation, in CTDC brackets.", new Dictionary<TraffickingDuration, string>
{
    [TraffickingDuration.LessThanOneMonth] = "Less than one month.",
    [TraffickingDuration.OneToSixMonths] = "From one month up to six months.",
    [TraffickingDuration.SixToTwelveMonths] = "More than six months and up to twelve months.",
    [TraffickingDuration.MoreThanTwelveMonths] = "More than twelve months.",
});
