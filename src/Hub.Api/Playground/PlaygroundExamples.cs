namespace Hub.Api.Playground;

/// <summary>The operations the playground opens in tabs, one per thing users come to do. Features
/// add theirs here. The write tabs follow one case from its registration to the recipient's answer,
/// each naming the persona and roles it runs as; dates in their variables are set from today, so
/// that a consent's expiry always lies in the window the Hub accepts.</summary>
internal static class PlaygroundExamples
{
    public static IReadOnlyList<PlaygroundExample> For(DateTime now) => [.. Reads, .. Writes(now), .. Registry];

    private static readonly PlaygroundExample[] Reads =
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
            """, """
            {
              "caseId": "paste a case id from MyCases"
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

    private static PlaygroundExample[] Writes(DateTime now) =>
    [
        new("Shelter: register a case", """
            # Register a case; your agency becomes its owner.
            # Persona: Shelter NGO (NGA-SHSN), roles: Case worker.
            # Every field is optional (the Hub makes up a reference).
            # Copy the id it returns: the next tabs ask for it.
            mutation RegisterCase($input: RegisterCaseInput!, $purpose: Purpose!) {
              registerCase(input: $input) {
                case(purpose: $purpose) {
                  id reference version registeredOn
                  sex ageBracket exploitationTypes servicesNeeded status
                }
                errors { code message field }
              }
            }
            """, """
            {
              "input": {
                "sex": "FEMALE",
                "ageBracket": "AGE_18_20",
                "citizenship": "NGA",
                "countryOfIdentification": "NGA",
                "exploitationTypes": ["SEXUAL_EXPLOITATION"],
                "meansOfControl": ["DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS"],
                "servicesNeeded": ["SHELTER", "MEDICAL", "PSYCHOSOCIAL"],
                "status": "REGISTERED"
              }
            }
            """),
        new("Shelter: record consent", """
            # Record the person's consent to share the case with an
            # agency, for the purpose picked above, in these categories.
            # Persona: Shelter NGO (NGA-SHSN), roles: Case worker.
            # Paste the id registerCase returned as caseId. The recipient
            # sees the case from its next request on.
            mutation GrantConsent($caseId: ID!, $purpose: Purpose!, $recipient: String!, $expiresOn: DateTime!) {
              grantConsent(input: {
                caseId: $caseId
                purpose: $purpose
                recipient: { agencyCode: $recipient }
                categories: [DEMOGRAPHIC, TRAFFICKING_EXPERIENCE, ASSISTANCE]
                expiresOn: $expiresOn
                evidence: WRITTEN
                interpreterUsed: false
              }) {
                consent {
                  id version purpose recipientAgency { code }
                  categories grantedOn expiresOn
                }
                errors { code message field }
              }
            }
            """, $$"""
            {
              "caseId": "paste the id registerCase returned",
              "recipient": "MAM-NGA",
              "expiresOn": "{{Instant(now.Date.AddYears(1))}}"
            }
            """),
        new("Shelter: refer a case", """
            # Refer the case for services, for the purpose picked above:
            # a consent for that purpose must name the recipient.
            # Persona: Shelter NGO (NGA-SHSN), roles: Case worker.
            # Paste the case id as caseId.
            mutation ReferCase($caseId: ID!, $purpose: Purpose!, $to: String!) {
              referCase(input: {
                caseId: $caseId
                purpose: $purpose
                toAgencyCode: $to
                services: [SHELTER, MEDICAL]
                note: "Bed needed from Monday"
              }) {
                referral { id version status referredOn toAgency { code } services }
                errors { code message field }
              }
            }
            """, """
            {
              "caseId": "paste the id registerCase returned",
              "to": "MAM-NGA"
            }
            """),
        new("Recipient: accept a referral", """
            # The recipient's side, with the referral's purpose picked.
            # Persona: Migration agency mission (MAM-NGA), roles: Case
            # worker. Run IncomingReferrals, paste a referral's id and
            # version into the variables, then run AcceptReferral.
            query IncomingReferrals($purpose: Purpose!, $me: String = "MAM-NGA") {
              referrals(
                purpose: $purpose
                first: 10
                where: { status: { eq: PENDING }, toAgency: { code: { eq: $me } } }
                order: [{ referredOn: DESC }]
              ) {
                nodes {
                  id version referredOn services note fromAgency { code }
                  case {
                    reference sex ageBracket exploitationTypes servicesNeeded
                    withheld { field category reason }
                  }
                }
              }
            }

            mutation AcceptReferral($id: ID!, $version: Int!) {
              acceptReferral(input: { id: $id, version: $version }) {
                referral { id version status respondedOn }
                errors { code message field }
              }
            }
            """, """
            {
              "id": "paste a referral id from IncomingReferrals",
              "version": 1
            }
            """),
        new("Lead: create a project and record a training", """
            # A project your agency leads, then a training it gave.
            # Persona: Shelter NGO (NGA-SHSN), roles: Programme officer.
            # Run CreateProject, then RecordTraining; a spreadsheet of
            # many goes to POST /import/projects or /import/activities.
            mutation CreateProject($project: CreateProjectInput!) {
              createProject(input: $project) {
                project { code version leadAgency { code } countries { code } targets { peopleTrained } budgetUsd }
                errors { code message field }
              }
            }

            mutation RecordTraining($training: RecordCapacityBuildingActivityInput!) {
              recordCapacityBuildingActivity(input: $training) {
                activity { key version project { code } kind startsOn participants { total } outcome { knowledgeGainPoints } }
                errors { code message field }
              }
            }
            """, $$"""
            {
              "project": {
                "code": "{{ProjectCode(now)}}",
                "title": "Border desks for victim identification",
                "donor": "Nordic Fund",
                "startsOn": "{{now.AddMonths(-6):yyyy-MM-dd}}",
                "endsOn": "{{now.AddMonths(18):yyyy-MM-dd}}",
                "status": "ONGOING",
                "focus": "PROTECTION",
                "countryCodes": ["NGA"],
                "targets": { "peopleTrained": 200 },
                "budgetUsd": 450000
              },
              "training": {
                "projectCode": "{{ProjectCode(now)}}",
                "countryCode": "NGA",
                "kind": "TRAINING",
                "startsOn": "{{now.AddDays(-10):yyyy-MM-dd}}",
                "endsOn": "{{now.AddDays(-8):yyyy-MM-dd}}",
                "topic": "Identifying victims at the border",
                "targetGroup": "BORDER_AND_IMMIGRATION",
                "participants": { "female": 14, "male": 11 },
                "outcome": { "knowledgeGainPoints": 17.5 }
              }
            }
            """),
    ];

    // A code of the minute the playground opened: a tab run again later creates another project.
    private static string ProjectCode(DateTime now) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PG-{now:yyyyMMdd-HHmm}");

    // The operator's tabs: the registry, read and changed, as the Hub's operator.
    private static readonly PlaygroundExample[] Registry =
    [
        new("Operator: the agency registry", """
            # The registry as the Hub's operator keeps it: tenants, role
            # ceilings, status. Persona: Hub operator (operator tenant),
            # roles: Administrator. Run Registry, paste the agency's id
            # and version into the variables, then run SetCeiling: the
            # agency's tokens lose the roles left out from their next
            # request (their me says so in ignoredRoles).
            query Registry($code: String = "NGA-SHSN") {
              registry(code: $code, first: 10) {
                nodes {
                  agency { id code name kind country { code } }
                  status statusReason tenantIds roleCeiling version changedOn
                }
              }
            }

            mutation SetCeiling($id: ID!, $version: Int!, $roleCeiling: [String!]!) {
              updateAgency(input: { id: $id, version: $version, roleCeiling: $roleCeiling }) {
                registration { agency { code } roleCeiling version changedOn }
                errors { code message field }
              }
            }
            """, """
            {
              "id": "paste the agency's id from Registry",
              "version": 1,
              "roleCeiling": ["Cases.Read", "Cases.Write", "Consent.Manage", "Projects.Read", "Statistics.Read", "Audit.Read", "Hub.Admin"]
            }
            """),
        new("Operator: suspend and reactivate", """
            # Suspend an agency, and reactivate it: its callers get
            # nothing but me from their next request, and nothing can be
            # referred to it meanwhile. Persona: Hub operator (operator
            # tenant), roles: Administrator. Take the id and version from
            # the registry tab; each change raises the version by one.
            mutation Suspend($id: ID!, $version: Int!, $reason: String = "Data sharing agreement under review") {
              suspendAgency(input: { id: $id, version: $version, reason: $reason }) {
                registration { agency { code } status statusReason version }
                errors { code message field }
              }
            }

            mutation Reactivate($id: ID!, $version: Int!, $reason: String = "Agreement renewed") {
              reactivateAgency(input: { id: $id, version: $version, reason: $reason }) {
                registration { agency { code } status statusReason version }
                errors { code message field }
              }
            }

            # The operator's audit log: every agency's writes and its own.
            query OperatorAudit {
              auditLog(entityType: "Agency", first: 10) {
                nodes { occurredAt operation entityId changedFields agency { code } actorId }
              }
            }
            """, """
            {
              "id": "paste the agency's id from the registry tab",
              "version": 1
            }
            """),
    ];

    private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
