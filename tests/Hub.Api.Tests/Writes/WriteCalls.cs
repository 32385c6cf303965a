using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Writes;

/// <summary>The mutations of the write API as an agency's client sends them, and what the tests
/// read of their answers and of the database.</summary>
internal static class WriteCalls
{
    public const string CaseFields = """
        id reference version registeredOn changedOn owner { code }
        givenName familyName dateOfBirth phone currentLocation documentNumber
        sex ageBracket citizenship { code } countryOfIdentification { code }
        exploitationTypes labourSector meansOfControl recruitmentMethod recruiterRelation traffickingDuration countryOfExploitation { code }
        servicesNeeded servicesReceived status
        withheld { field category reason }
        """;

    public const string RegisterCase = "mutation Register($input: RegisterCaseInput!) { registerCase(input: $input) { errors { code message field } case(purpose: ASSISTANCE) { " + CaseFields + " } } }";

    public const string RegisterCaseErrorsOnly = "mutation RegisterErrors($input: RegisterCaseInput!) { registerCase(input: $input) { errors { code message field } } }";

    public const string UpdateCase = "mutation Update($input: UpdateCaseInput!) { updateCase(input: $input) { errors { code message field } case(purpose: ASSISTANCE) { " + CaseFields + " } } }";

    public const string GrantConsent = """
        mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { errors { code message field } consent {
          id purpose recipientAgency { code } recipientKind recipientCountry { code } categories grantedOn expiresOn revokedOn evidence version interpreterUsed } } }
        """;

    public const string RevokeConsent = "mutation Revoke($input: RevokeConsentInput!) { revokeConsent(input: $input) { errors { code message field } consent { id revokedOn version } } }";

    public const string ReadCase = "query Read($id: ID!, $purpose: Purpose!) { case(id: $id, purpose: $purpose) { " + CaseFields + " } }";

    /// <summary>A case with a value in every field, as <c>registerCase</c> takes it.</summary>
    public static Dictionary<string, object?> FullCase(DateTime now, string? givenName = null) => new()
    {
        ["givenName"] = givenName ?? "Amina",
        ["familyName"] = "Okafor",
        ["dateOfBirth"] = DateOnly.FromDateTime(now).AddYears(-25).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["phone"] = "+234 801 234 5678",
        ["currentLocation"] = "Shelter 3, Lagos",
        ["documentNumber"] = "A01234567",
        ["sex"] = "FEMALE",
        ["ageBracket"] = "AGE_24_26",
        ["citizenship"] = "NGA",
        ["countryOfIdentification"] = "ITA",
        ["exploitationTypes"] = new[] { "SEXUAL_EXPLOITATION", "FORCED_LABOUR" },
        ["labourSector"] = "DOMESTIC_WORK",
        ["meansOfControl"] = new[] { "DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS", "THREATS" },
        ["recruitmentMethod"] = "FALSE_JOB_OFFER",
        ["recruiterRelation"] = "EMPLOYER_OR_AGENT",
        ["traffickingDuration"] = "ONE_TO_SIX_MONTHS",
        ["countryOfExploitation"] = "LBY",
        ["servicesNeeded"] = new[] { "SHELTER", "MEDICAL", "LEGAL" },
        ["servicesReceived"] = new[] { "SHELTER" },
        ["status"] = "RECEIVING_ASSISTANCE",
    };

    /// <summary>A consent input for <paramref name="caseId"/>, to <paramref name="recipient"/>,
    /// granted a day before <paramref name="now"/> and expiring ninety days after it.</summary>
    public static Dictionary<string, object?> Consent(string caseId, object recipient, DateTime now, string purpose = "ASSISTANCE", params string[] categories) => new()
    {
        ["caseId"] = caseId,
        ["purpose"] = purpose,
        ["recipient"] = recipient,
        ["categories"] = categories.Length == 0 ? new[] { "DEMOGRAPHIC" } : categories,
        ["grantedOn"] = Instant(now.AddDays(-1)),
        ["expiresOn"] = Instant(now.AddDays(90)),
        ["evidence"] = "WRITTEN",
    };

    /// <summary>A list value of an input.</summary>
    public static string[] Set(params string[] values) => values;

    public static string Instant(DateTime utc) => utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTime ParseInstant(JsonNode? node) =>
        DateTime.Parse(node!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public static Task<GraphQLResponse> SendAsync(this HttpClient client, string mutation, string token, Dictionary<string, object?> input) =>
        client.PostAsync(mutation, token, new { input });

    /// <summary>The payload of the response's only root field, after checking the request ran.</summary>
    public static JsonNode Payload(this GraphQLResponse response, string field)
    {
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.True(response.ErrorCodes.Count == 0, response.Body);
        return response.Data![field]!;
    }

    /// <summary>The user errors of a payload, as (code, field path joined with dots).</summary>
    public static List<(string Code, string Field)> UserErrors(this JsonNode payload) =>
        [.. payload["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), string.Join('.', e["field"]!.AsArray().Select(f => f!.GetValue<string>()))))];

    /// <summary>Registers a case and returns its id, failing the test unless the write was made.</summary>
    public static async Task<string> RegisterAsync(this HttpClient client, string token, Dictionary<string, object?> input)
    {
        var payload = (await client.SendAsync(RegisterCase, token, input)).Payload("registerCase");
        Assert.Empty(payload.UserErrors());
        return payload["case"]!["id"]!.GetValue<string>();
    }

    /// <summary>Records a consent and returns its id, failing the test unless the write was made.</summary>
    public static async Task<string> GrantAsync(this HttpClient client, string token, Dictionary<string, object?> input)
    {
        var payload = (await client.SendAsync(GrantConsent, token, input)).Payload("grantConsent");
        Assert.Empty(payload.UserErrors());
        return payload["consent"]!["id"]!.GetValue<string>();
    }

    public static List<string> Strings(this JsonNode? list) => [.. list!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal)];

    public static List<(string Field, string Category, string Reason)> Withheld(this JsonNode @case) =>
        [.. @case["withheld"]!.AsArray().Select(w => (w!["field"]!.GetValue<string>(), w["category"]!.GetValue<string>(), w["reason"]!.GetValue<string>())).Order()];

    /// <summary>How many rows the tables a write touches hold: what a refused write must leave as it was.</summary>
    public static Task<RowCounts> CountAsync(this HubFactory hub) => hub.WithDbAsync(async db => new RowCounts(
        await db.Cases.CountAsync(), await db.AuditEntries.CountAsync(), await db.Consents.CountAsync(),
        await db.CaseServices.CountAsync() + await db.CaseExploitationTypes.CountAsync() + await db.CaseMeansOfControl.CountAsync(),
        await db.Disclosures.CountAsync()));

    public static Task<Guid> AgencyIdAsync(this IHubDatabase hub, string code) =>
        hub.WithDbAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());
}

internal sealed record RowCounts(int Cases, int AuditEntries, int Consents, int CaseSetRows, int Disclosures);
