using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class SexGraphType() : DescribedEnumGraphType<Sex>("Sex", "The person's sex as recorded by the owner agency.", new Dictionary<Sex, string>
{
    [Sex.Female] = "Recorded as female.",
    [Sex.Male] = "Recorded as male.",
    [Sex.Other] = "Recorded as neither female nor male, e.g. transgender or gender non-conforming.",
});
