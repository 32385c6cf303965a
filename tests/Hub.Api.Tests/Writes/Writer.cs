using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Writes;

/// <summary>Writes through the public API as agencies' clients would: registers cases, records
/// consents, refers and moves referrals, and counts what the database holds. The sender is an NGO
/// shelter in Nigeria, the recipient a Nigerian ministry, the stranger a Thai NGO that is party to
/// nothing.</summary>
internal sealed class Writer(IHubDatabase hub, HttpClient client)
{
    public const string Sender = WellKnownAgencies.NigeriaShelter;
    public const string Recipient = WellKnownAgencies.NigeriaMinistry;
    public const string Stranger = WellKnownAgencies.ThailandLegalAid;
    public const string Suspended = WellKnownAgencies.SuspendedNgo;

    /// <summary>What a case-owning agency's user holds: every case role and consent management.</summary>
    public static readonly string[] OwnerRoles = [HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.CasesWrite, HubRoles.ConsentManage, HubRoles.ProjectsRead];

    /// <summary>What a recipient's user holds: reading (identity too) and answering referrals.</summary>
    public static readonly string[] RecipientRoles = [HubRoles.CasesRead, HubRoles.CasesReadIdentity, HubRoles.CasesWrite, HubRoles.ProjectsRead];

    public const string ReferralFields =
        "id status purpose note declineReason services servicesDelivered referredOn respondedOn closedOn changedOn version fromAgency { code } toAgency { code } project { code }";

    public const string ReferCase = $$"""
        mutation Refer($input: ReferCaseInput!) { referCase(input: $input) { errors { code field } referral { {{ReferralFields}} } } }
        """;

    public const string RegisterCase = """
        mutation Register($input: RegisterCaseInput!) { registerCase(input: $input) { errors { code field } case(purpose: ASSISTANCE) { id reference version givenName } } }
        """;

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public HttpClient Client => client;

    public async Task<string> TokenAsync(string agency, params string[] roles)
    {
        var key = agency + "|" + string.Join(',', roles);
        if (_tokens.TryGetValue(key, out var token))
        {
            return token;
        }

        token = await client.DevTokenAsync(agency, roles);
        return _tokens.GetOrAdd(key, token);
    }

    public Task<string> SenderAsync() => TokenAsync(Sender, OwnerRoles);

    public Task<string> RecipientAsync() => TokenAsync(Recipient, RecipientRoles);

    /// <summary>The token of the party that makes <paramref name="mutation"/>: the recipient answers
    /// referrals, the sender does everything else.</summary>
    public Task<string> SenderOrRecipientAsync(string mutation) =>
        mutation is "acceptReferral" or "declineReferral" or "completeReferral" ? RecipientAsync() : SenderAsync();

    /// <summary>Registers a case of <paramref name="agency"/> and answers its id.</summary>
    public async Task<string> RegisterCaseAsync(string agency = Sender, string givenName = "Amina")
    {
        var response = await client.PostAsync(RegisterCase, await TokenAsync(agency, OwnerRoles),
            new { input = new { givenName, servicesNeeded = Of("SHELTER", "MEDICAL") } });
        return Written(response, "registerCase", "case")["id"]!.GetValue<string>();
    }

    /// <summary>Records a consent for a case of <paramref name="owner"/>; <paramref name="recipient"/>
    /// is the <c>ConsentRecipientInput</c>. Answers the consent's id.</summary>
    public async Task<string> GrantConsentAsync(string caseId, object recipient, string purpose = "ASSISTANCE", string[]? categories = null, string owner = Sender)
    {
        var response = await client.PostAsync(
            "mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { errors { code field } consent { id version } } }",
            await TokenAsync(owner, OwnerRoles),
            new
            {
                input = new
                {
                    caseId,
                    purpose,
                    recipient,
                    categories = categories ?? ["IDENTITY", "DEMOGRAPHIC", "TRAFFICKING_EXPERIENCE", "ASSISTANCE"],
                    expiresOn = Iso(hub.Now.AddDays(90)),
                    evidence = "WRITTEN",
                },
            });
        return Written(response, "grantConsent", "consent")["id"]!.GetValue<string>();
    }

    public Task<string> GrantConsentToAsync(string caseId, string agencyCode, string purpose = "ASSISTANCE") =>
        GrantConsentAsync(caseId, new { agencyCode }, purpose);

    public async Task RevokeConsentAsync(string consentId)
    {
        var response = await client.PostAsync(
            "mutation Revoke($input: RevokeConsentInput!) { revokeConsent(input: $input) { errors { code field } consent { id } } }",
            await SenderAsync(), new { input = new { id = consentId, version = 1 } });
        Written(response, "revokeConsent", "consent");
    }

    public async Task<GraphQLResponse> ReferAsync(object input, string? token = null) =>
        await client.PostAsync(ReferCase, token ?? await SenderAsync(), new { input });

    /// <summary>A case of the sender with a consent naming the recipient for ASSISTANCE, referred to
    /// it for shelter and medical care: the referral as the sender reads it back.</summary>
    public async Task<JsonNode> PendingReferralAsync()
    {
        var caseId = await RegisterCaseAsync();
        await GrantConsentToAsync(caseId, Recipient);
        return Written(await ReferAsync(new { caseId, purpose = "ASSISTANCE", toAgencyCode = Recipient, services = Of("SHELTER", "MEDICAL") }), "referCase", "referral");
    }

    /// <summary>One of the five moves, as <paramref name="token"/>'s agency, with the input each
    /// needs filled in unless given.</summary>
    public async Task<GraphQLResponse> MoveAsync(string move, string token, string id, int version, string? reason = "No capacity this month", string[]? servicesDelivered = null)
    {
        var (mutation, input) = move switch
        {
            "acceptReferral" => ("AcceptReferralInput", (object)new { id, version }),
            "withdrawReferral" => ("WithdrawReferralInput", new { id, version }),
            "declineReferral" => ("DeclineReferralInput", new { id, version, reason }),
            "completeReferral" => ("CompleteReferralInput", new { id, version, servicesDelivered = servicesDelivered ?? ["SHELTER"] }),
            _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Not a move of a referral."),
        };
        return await client.PostAsync(
            $$"""mutation Move($input: {{mutation}}!) { {{move}}(input: $input) { errors { code field } referral { {{ReferralFields}} } } }""",
            token, new { input });
    }

    /// <summary>A move that must be made: the referral after it.</summary>
    public async Task<JsonNode> MovedAsync(string move, string token, string id, int version) =>
        Written(await MoveAsync(move, token, id, version), move, "referral");

    public Task<Counts> CountsAsync() => hub.WithDbAsync(async db => new Counts(
        await db.Cases.CountAsync(), await db.Consents.CountAsync(), await db.Referrals.CountAsync(),
        await db.ReferralServices.CountAsync(), await db.AuditEntries.CountAsync(), await db.IdempotencyRecords.CountAsync()));

    /// <summary>A referral's whole stored state, services included, to compare before and after.</summary>
    public Task<string> StoredReferralAsync(string id) => hub.WithDbAsync(async db =>
    {
        var referral = await db.Referrals.AsNoTracking().Include(r => r.Services).SingleAsync(r => r.Id == Guid.Parse(id));
        referral.Services = [.. referral.Services.OrderBy(s => s.Service)];
        return System.Text.Json.JsonSerializer.Serialize(referral);
    });

    /// <summary>The payload's object, after checking the write was made.</summary>
    public static JsonNode Written(GraphQLResponse response, string mutation, string field)
    {
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        var payload = response.Data?[mutation] ?? throw new Xunit.Sdk.XunitException(response.Body);
        Assert.True(payload["errors"]!.AsArray().Count == 0, response.Body);
        return payload[field] ?? throw new Xunit.Sdk.XunitException(response.Body);
    }

    /// <summary>The codes of a payload's user errors, each with its field path: <c>CODE@a.b</c>.</summary>
    public static string[] UserErrors(GraphQLResponse response, string mutation)
    {
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        var payload = response.Data?[mutation] ?? throw new Xunit.Sdk.XunitException(response.Body);
        return [.. payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>() + "@" + string.Join('.', e["field"]!.AsArray().Select(f => f!.GetValue<string>())))];
    }

    /// <summary>A list of values for a variable.</summary>
    public static string[] Of(params string[] values) => values;

    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTime? Date(JsonNode? node) =>
        node is null ? null : DateTime.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}

/// <summary>Rows in the tables writes touch.</summary>
internal sealed record Counts(int Cases, int Consents, int Referrals, int ReferralServices, int AuditEntries, int IdempotencyRecords);
