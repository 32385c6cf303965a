using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Consents;

internal sealed class ConsentEvidenceGraphType() : DescribedEnumGraphType<ConsentEvidence>("ConsentEvidence", "How the person gave the consent that the owner agency recorded.", new Dictionary<ConsentEvidence, string>
{
    [ConsentEvidence.Written] = "In writing, e.g. a consent form the person signed, kept by the owner agency.",
    [ConsentEvidence.Verbal] = "Orally, to the owner agency's staff, who recorded it.",
});
