using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class RecruitmentMethodGraphType() : DescribedEnumGraphType<RecruitmentMethod>("RecruitmentMethod", "How the person was recruited into the trafficking situation.", new Dictionary<RecruitmentMethod, string>
{
    [RecruitmentMethod.FalseJobOffer] = "A deceptive offer of work, false about the job, the pay or the conditions.",
    [RecruitmentMethod.RomanticRelationship] = "A romantic relationship or a promise of marriage used to win the person's trust.",
    [RecruitmentMethod.FamilyArrangement] = "An arrangement made by the person's family, e.g. sending a child away to work or agreeing a marriage.",
    [RecruitmentMethod.OnlineAdvertisement] = "An advertisement on a website or online job board.",
    [RecruitmentMethod.SocialMedia] = "Contact through social media or a messaging app.",
    [RecruitmentMethod.Abduction] = "Abduction or kidnapping, with no pretence of consent.",
    [RecruitmentMethod.EducationOffer] = "A false offer of study, a scholarship or training.",
    [RecruitmentMethod.Other] = "Another method not listed here.",
});
