using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Registry;

/// <summary>The Hub's operator as its client calls the registry: tokens of the operator's tenant,
/// the registry mutations and what the tests read of their answers and of the database.</summary>
internal sealed class Operator(IHubDatabase hub, HttpClient client)
{
    public const string Registration = "agency { id code name kind country { code } status } tenantIds roleCeiling status statusReason trustedDocumentsOnly version changedOn";

    public const string Register = $$"""
        mutation Register($input: RegisterAgencyInput!) { registerAgency(input: $input) { errors { code message field } registration { {{Registration}} } } }
        """;

    public const string Update = $$"""
        mutation Update($input: UpdateAgencyInput!) { updateAgency(input: $input) { errors { code message field } registration { {{Registration}} } } }
        """;

    public const string Suspend = $$"""
        mutation Suspend($input: SuspendAgencyInput!) { suspendAgency(input: $input) { errors { code message field } registration { {{Registration}} } } }
        """;

    public const string Reactivate = $$"""
        mutation Reactivate($input: ReactivateAgencyInput!) { reactivateAgency(input: $input) { errors { code message field } registration { {{Registration}} } } }
        """;

    public const string Entry = $$"""
        query Entry($code: String) { registry(code: $code, first: 1) { nodes { {{Registration}} } } }
        """;

    public const string Me = "{ me { status isOperator tenantId agency { code } roles effectiveRoles ignoredRoles { role reason } } }";

    public HttpClient Client => client;

    /// <summary>The operator's tenant, as the Hub is configured.</summary>
    public Guid TenantId => hub.OperatorTenant
        ?? throw new InvalidOperationException("This Hub has no operator tenant.");

    /// <summary>A token of the operator's tenant, by default the operator's: <c>Hub.Admin</c>.</summary>
    public Task<string> TokenAsync(params string[] roles) => TenantTokenAsync(client, TenantId, roles.Length == 0 ? [HubRoles.HubAdmin] : roles);

    /// <summary>A development token of any tenant, registered or not.</summary>
    public static async Task<string> TenantTokenAsync(HttpClient client, Guid tenant, string[] roles, bool app = false)
    {
        var response = await client.PostAsync("/dev/token", new StringContent(JsonSerializer.Serialize(new { tenant = tenant.ToString(), roles, app }), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("token").GetString()!;
    }

    public async Task<GraphQLResponse> SendAsync(string mutation, object input, string? token = null) =>
        await client.PostAsync(mutation, token ?? await TokenAsync(), new { input });

    /// <summary>An agency's registry entry as the operator reads it.</summary>
    public async Task<JsonNode> EntryAsync(string code)
    {
        var response = await client.PostAsync(Entry, await TokenAsync(), new { code });
        Assert.True(response.Status == HttpStatusCode.OK && response.ErrorCodes.Count == 0, response.Body);
        return response.Data!["registry"]!["nodes"]!.AsArray().Single()!;
    }

    /// <summary>A new agency with a fresh tenant and the given ceiling (every role by default): its entry.</summary>
    public async Task<JsonNode> RegisterAsync(string code, Guid? tenant = null, string[]? ceiling = null, string country = "NGA")
    {
        var response = await SendAsync(Register, new
        {
            name = "Agency " + code,
            code,
            kind = "NGO",
            country,
            tenantIds = new[] { (tenant ?? Guid.NewGuid()).ToString() },
            roleCeiling = ceiling ?? [.. HubRoles.All],
        });
        return Written(response, "registerAgency");
    }

    /// <summary>Changes an agency's entry as read now, failing the test unless the change was made.</summary>
    public async Task<JsonNode> UpdateAsync(string code, Func<JsonNode, object> input) =>
        Written(await SendAsync(Update, input(await EntryAsync(code))), "updateAgency");

    public async Task<JsonNode> SuspendAsync(string code, string reason = "Agreement under review") =>
        Written(await SendAsync(Suspend, StatusChange(await EntryAsync(code), reason)), "suspendAgency");

    public async Task<JsonNode> ReactivateAsync(string code, string reason = "Agreement renewed") =>
        Written(await SendAsync(Reactivate, StatusChange(await EntryAsync(code), reason)), "reactivateAgency");

    public static object StatusChange(JsonNode entry, string reason) => new { id = Id(entry), version = Version(entry), reason };

    public static string Id(JsonNode entry) => entry["agency"]!["id"]!.GetValue<string>();

    public static int Version(JsonNode entry) => entry["version"]!.GetValue<int>();

    /// <summary>The registration a payload holds, after checking the write was made.</summary>
    public static JsonNode Written(GraphQLResponse response, string mutation)
    {
        Assert.True(response.Status == HttpStatusCode.OK && response.ErrorCodes.Count == 0, response.Body);
        var payload = response.Data![mutation]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, response.Body);
        return payload["registration"] ?? throw new Xunit.Sdk.XunitException(response.Body);
    }

    /// <summary>A payload's user errors as <c>CODE@field.path</c>, after checking that it wrote nothing.</summary>
    public static string[] Refused(GraphQLResponse response, string mutation)
    {
        Assert.True(response.Status == HttpStatusCode.OK && response.ErrorCodes.Count == 0, response.Body);
        var payload = response.Data![mutation]!;
        Assert.Null(payload["registration"]);
        return [.. payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>() + "@" + string.Join('.', e["field"]!.AsArray().Select(f => f!.GetValue<string>())))];
    }

    /// <summary>The registry and the audit table, whole: what a refused write must leave as it was.</summary>
    public Task<string> StateAsync() => hub.WithDbAsync(async db => JsonSerializer.Serialize(new
    {
        agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(),
        tenants = await db.AgencyTenants.AsNoTracking().OrderBy(t => t.TenantId).ToListAsync(),
        audit = await db.AuditEntries.CountAsync(),
        keys = await db.IdempotencyRecords.CountAsync(),
    }));
}
