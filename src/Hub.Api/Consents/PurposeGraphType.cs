using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Consents;

internal sealed class PurposeGraphType() : DescribedEnumGraphType<Purpose>("Purpose", "Why case data is processed: every case-level read declares one, and a consent shares a case only for the purpose it names.", new Dictionary<Purpose, string>
{
    [Purpose.Assistance] = "Protecting and assisting the person, e.g. with shelter, medical, psychosocial or legal support.",
    [Purpose.ReturnAndReintegration] = "Organising the person's safe return to their country of origin or residence and their reintegration there.",
    [Purpose.LegalProceedings] = "Criminal, civil or administrative proceedings in which the person takes part as a victim, witness or claimant, e.g. against traffickers or for compensation.",
    [Purpose.ResearchAndStatistics] = "Statistics and research on trafficking: the only purpose under which a case is counted in statistics of an agency that does not own it.",
});
