using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class RecruiterRelationGraphType() : DescribedEnumGraphType<RecruiterRelation>("RecruiterRelation", "The recruiter's relationship to the person before the recruitment (CTDC).", new Dictionary<RecruiterRelation, string>
{
    [RecruiterRelation.IntimatePartner] = "The person's intimate partner, spouse or fiancé(e).",
    [RecruiterRelation.Friend] = "A friend or acquaintance of the person.",
    [RecruiterRelation.FamilyMember] = "A member of the person's family or another relative.",
    [RecruiterRelation.EmployerOrAgent] = "An employer, recruitment agency or labour broker.",
    [RecruiterRelation.Stranger] = "Someone the person did not know before.",
    [RecruiterRelation.Other] = "Another relationship not listed here.",
});
