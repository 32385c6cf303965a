using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>The pieces project titles are composed of: an action that matches the project's focus,
/// the form of trafficking it addresses, and sometimes the group it reaches.</summary>
internal static class ProjectPhrases
{
    public static IReadOnlyList<string> Actions(ProjectFocus focus) => focus switch
    {
        ProjectFocus.Prevention =>
        [
            "Preventing", "Raising Awareness of", "Reducing Vulnerability to", "Promoting Safe Migration to Prevent",
            "Community-Based Prevention of", "Countering Deceptive Recruitment and",
        ],
        ProjectFocus.Protection =>
        [
            "Protecting and Reintegrating Survivors of", "Strengthening Shelter and Case Management for Victims of",
            "Improving Direct Assistance to Victims of", "Sustainable Reintegration of Survivors of",
            "Expanding Psychosocial Support for Survivors of", "Safe Return and Recovery for Victims of",
        ],
        ProjectFocus.Prosecution =>
        [
            "Strengthening Criminal Justice Responses to", "Building Investigative Capacity against",
            "Enhancing Victim-Centred Prosecution of", "Disrupting the Financial Flows of",
            "Improving Judicial Handling of", "Cross-Border Law Enforcement Cooperation against",
        ],
        _ =>
        [
            "Strengthening National Referral Mechanisms on", "Regional Cooperation against",
            "Building Data Systems on", "Coordinating Civil Society Responses to",
            "Public-Private Partnerships against", "National Action Planning on",
        ],
    };

    public static IReadOnlyList<string> Subjects { get; } =
    [
        "Trafficking in Persons", "Human Trafficking", "Forced Labour", "Child Trafficking",
        "Trafficking for Sexual Exploitation", "Labour Exploitation of Migrant Workers",
        "Online-Facilitated Trafficking", "Trafficking in Fishing and Seafood Supply Chains",
        "Domestic Servitude", "Forced Marriage and Trafficking of Girls", "Trafficking in Mixed Migration Flows",
        "Forced Criminality in Scam Compounds",
    ];

    public static IReadOnlyList<string> Groups { get; } =
    [
        "among Young Women", "in Border Communities", "among Returning Migrants", "in Agricultural Supply Chains",
        "among Unaccompanied Children", "in Displacement Settings", "among Domestic Workers", "in Urban Informal Economies",
    ];
}
