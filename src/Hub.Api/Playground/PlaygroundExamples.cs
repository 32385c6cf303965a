namespace Hub.Api.Playground;

/// <summary>The operations the playground opens in tabs, one per thing users come to do. Features
/// add theirs here.</summary>
internal static class PlaygroundExamples
{
    public static readonly IReadOnlyList<PlaygroundExample> All =
    [
        new("Ministry: referrals", """
            # A ministry's view of its national referral mechanism. The purpose picker above fills $purpose.
            query MinistryReferrals($purpose: Purpose!) {
              referrals(purpose: $purpose, first: 10, where: { status: { in: [PENDING, ACCEPTED] } }) {
                totalCount
                nodes {
                  referredOn
                  status
                  services
                  fromAgency { code name }
                  toAgency { code name }
                  case { reference sex ageBracket exploitationTypes }
                }
              }
            }
            """),
        new("NGO: projects and activities in its country", """
            # Projects running in a country, and the trainings they gave there.
            query ProjectsInCountry($country: String = "NGA") {
              projects(first: 5, where: { countries: { some: { eq: $country } } }, order: [{ startsOn: DESC }]) {
                totalCount
                nodes { code title status focus leadAgency { code } results { peopleAssisted peopleTrained } financialsDisclosed budgetUsd }
              }
              capacityBuildingActivities(first: 5, where: { country: { eq: $country } }) {
                nodes { startsOn kind topic targetGroup participants { total } project { code } }
              }
            }
            """),
        new("Owner: who saw my case", """
            # Pick one of your agency's cases (set $owner to your agency's code), then see who was shown it. Needs Audit.Read.
            query MyCases($purpose: Purpose!, $owner: String = "NGA-SHSN") {
              cases(purpose: $purpose, first: 3, where: { owner: { code: { eq: $owner } } }) {
                nodes { id reference owner { code } }
              }
            }

            query WhoSawIt($caseId: ID!) {
              disclosures(caseId: $caseId, first: 20) {
                nodes { occurredAt agency { code name } purpose categories operationName isApp }
              }
            }
            """),
        new("Withheld fields", """
            # Cases referred to you: what consent lets you see, and what is withheld and why.
            query WhatIsWithheld($purpose: Purpose!) {
              referrals(purpose: $purpose, first: 10) {
                nodes {
                  fromAgency { code }
                  toAgency { code }
                  case {
                    reference givenName familyName sex citizenship { code } exploitationTypes status
                    withheld { field category reason }
                  }
                }
              }
            }
            """),
    ];
}
