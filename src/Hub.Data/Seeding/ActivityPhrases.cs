using Hub.Data.Entities;

namespace Hub.Data.Seeding;

/// <summary>Topics of capacity-building activities, by the group trained, and the wording of the
/// kinds of activity that are not about a training topic.</summary>
internal static class ActivityPhrases
{
    public static IReadOnlyList<string> Topics(TargetGroup group) => group switch
    {
        TargetGroup.BorderAndImmigration =>
        [
            "Identifying indicators of trafficking at border crossings", "Screening of mixed migration flows",
            "Detecting fraudulent travel and identity documents", "Referral of presumed victims at points of entry",
            "Protection-sensitive border management",
        ],
        TargetGroup.Police =>
        [
            "Victim-centred and trauma-informed interviewing", "Financial investigations in trafficking cases",
            "Investigating online recruitment and exploitation", "Proactive identification during routine operations",
            "Joint investigation teams and cross-border cooperation",
        ],
        TargetGroup.ProsecutorsAndJudges =>
        [
            "Applying the anti-trafficking law in practice", "Non-punishment of victims of trafficking",
            "Victim and witness protection in court", "Distinguishing trafficking from smuggling",
            "Compensation and asset confiscation for victims",
        ],
        TargetGroup.LabourInspectors =>
        [
            "Indicators of forced labour in workplace inspections", "Inspecting recruitment agencies and fees",
            "Forced labour risks in agriculture and fishing", "Referral of exploited workers to assistance",
        ],
        TargetGroup.SocialWorkers =>
        [
            "Case management for survivors of trafficking", "Trauma-informed care and psychosocial support",
            "Family assessment before reintegration", "Child protection in trafficking cases",
            "Applying the national referral mechanism",
        ],
        TargetGroup.NgoStaff =>
        [
            "Shelter standards and safeguarding", "Informed consent and data protection in case work",
            "Outreach to at-risk communities", "Economic reintegration and livelihood planning",
            "Hotline operation and crisis response",
        ],
        TargetGroup.ConsularStaff =>
        [
            "Consular assistance to nationals exploited abroad", "Safe and dignified return procedures",
            "Issuing emergency travel documents to victims", "Cooperation with destination-country authorities",
        ],
        _ =>
        [
            "Identifying trafficking victims in health settings", "Clinical care for survivors of sexual exploitation",
            "Mental health first aid for survivors", "Occupational health indicators of forced labour",
        ],
    };

    public static IReadOnlyList<string> Procedures { get; } =
    [
        "Standard operating procedures for victim identification",
        "Standard operating procedures for the national referral mechanism",
        "Guidelines for the safe return of victims",
        "Protocol for interviewing child victims",
        "Case management forms and data-sharing agreement",
        "Shelter minimum standards",
    ];

    public static IReadOnlyList<string> Equipment { get; } =
    [
        "Document examination equipment", "Interview room furnishing", "Hotline call-centre equipment",
        "Case management database hardware", "Mobile outreach vehicle", "Shelter furnishing and supplies",
    ];

    public static IReadOnlyList<string> StudyVisits { get; } =
    [
        "Study visit on national referral mechanisms", "Study visit on specialised anti-trafficking units",
        "Peer exchange on reintegration services", "Study visit on labour inspection practice",
    ];
}
