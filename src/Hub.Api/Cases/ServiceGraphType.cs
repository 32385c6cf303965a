using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class ServiceGraphType() : DescribedEnumGraphType<Service>("Service", "A protection or assistance service that a person needs or received, or that a referral asks another agency to provide.", new Dictionary<Service, string>
{
    [Service.Shelter] = "Safe accommodation, e.g. a shelter or safe house.",
    [Service.Medical] = "Medical care, including emergency and sexual and reproductive health care.",
    [Service.Psychosocial] = "Psychological and psychosocial support, e.g. counselling or therapy.",
    [Service.Legal] = "Legal information, advice and representation, e.g. on residence status, criminal proceedings or compensation.",
    [Service.Return] = "Assisted voluntary return to the country of origin or residence.",
    [Service.Reintegration] = "Support to resettle after return or in the community, e.g. family tracing, housing or social support.",
    [Service.Livelihood] = "Economic support, e.g. job placement, income generation or small-business support.",
    [Service.Education] = "Schooling, literacy or vocational training.",
});
