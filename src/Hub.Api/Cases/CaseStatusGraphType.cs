using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class CaseStatusGraphType() : DescribedEnumGraphType<CaseStatus>("CaseStatus", "Where a case stands in the owner agency's assistance to the person.", new Dictionary<CaseStatus, string>
{
    [CaseStatus.Registered] = "Registered by the owner agency; assistance has not started yet.",
    [CaseStatus.ReceivingAssistance] = "The person is receiving assistance.",
    [CaseStatus.AssistanceCompleted] = "The assistance planned for the person has been delivered.",
    [CaseStatus.Closed] = "Closed by the owner agency, whether or not the assistance was completed, e.g. because the person declined further help or could no longer be reached.",
});
