using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class MeansOfControlGraphType() : DescribedEnumGraphType<MeansOfControl>("MeansOfControl", "A means by which the traffickers controlled the person (HTCDS); a case may have several.", new Dictionary<MeansOfControl, string>
{
    [MeansOfControl.DebtBondage] = "The person was made to work off a debt, often inflated by recruitment, travel or living charges, that they could not repay.",
    [MeansOfControl.TakesEarnings] = "The traffickers took all or most of the person's earnings.",
    [MeansOfControl.Threats] = "The person or their family was threatened with harm.",
    [MeansOfControl.PsychologicalAbuse] = "The person suffered psychological abuse, e.g. humiliation, intimidation or isolation.",
    [MeansOfControl.PhysicalAbuse] = "The person suffered physical violence.",
    [MeansOfControl.SexualAbuse] = "The person suffered sexual violence or abuse.",
    [MeansOfControl.FalsePromises] = "The person was kept in the situation by deception, e.g. false promises of pay, papers or a better job.",
    [MeansOfControl.PsychoactiveSubstances] = "The person was given alcohol or drugs, or their dependence was exploited, to control them.",
    [MeansOfControl.RestrictsMovement] = "The person's freedom of movement was restricted, e.g. by confinement or constant watch.",
    [MeansOfControl.RestrictsMedicalCare] = "The person was denied access to medical care.",
    [MeansOfControl.ExcessiveWorkingHours] = "The person was made to work excessively long hours.",
    [MeansOfControl.ThreatOfLawEnforcement] = "The person was threatened with being reported to the police or immigration authorities, e.g. over their irregular status.",
    [MeansOfControl.WithholdsNecessities] = "The person was deprived of food, water, sleep or other necessities.",
    [MeansOfControl.WithholdsDocuments] = "The person's identity or travel documents were taken or withheld.",
    [MeansOfControl.Other] = "Another means of control not listed here.",
});
