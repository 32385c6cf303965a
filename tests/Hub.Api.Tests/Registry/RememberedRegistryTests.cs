using System.Net;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Registry.Operator;

namespace Hub.Api.Tests.Registry;

/// <summary>DESIGN §5: instances share nothing but the database, and a change of the registry holds
/// from the agency's next request. An instance may run a query on the entry it remembers of the
/// caller's agency, so here the registry is changed through another instance (or in the database
/// itself) and the first is asked again at once, on each path a query can take: a page that returns
/// rows (its statement carries the registry's condition), a page that returns none and a field that
/// reads no page (both ask the registry before they answer). Each answer must be the one the other
/// instance, which never remembered the entry, gives.</summary>
public sealed class RememberedRegistryTests(WriteHub hub) : IClassFixture<WriteHub>
{
    /// <summary>A query on each path: a page with rows, a page without, a field that reads no page, and <c>me</c>.</summary>
    internal static readonly string[] Queries =
    [
        "{ projects(first: 1) { nodes { code } } }",
        "{ projects(first: 1, where: { code: { eq: \"NONE\" } }) { nodes { code } } }",
        "{ agencies(kind: NGO) { code } }",
        Me,
    ];

    private readonly Operator _operator = new(hub, hub.CreateClient());
    private readonly Writer _writer = new(hub, hub.CreateClient());

    private HttpClient Client => _operator.Client;

    public static TheoryData<string> Changes => ["suspend", "ceiling", "tenant", "trustedDocumentsOnly"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task ARegistryChangeMadeElsewhere_HoldsOnThisInstancesNextRequest(string change)
    {
        var code = NewCode();
        var tenant = Guid.NewGuid();
        await _operator.RegisterAsync(code, tenant);
        var token = await TenantTokenAsync(Client, tenant, [HubRoles.ProjectsRead]);
        var before = new List<string>();
        foreach (var query in Queries)
        {
            var answer = await Client.PostAsync(query, token);
            Assert.True(answer.Status == HttpStatusCode.OK && answer.ErrorCodes.Count == 0, answer.Body);
            before.Add(answer.Body);
        }

        await using var other = new SecondInstance(hub);
        var elsewhere = new Operator(other, other.CreateClient());
        Task made = change switch
        {
            "suspend" => elsewhere.SuspendAsync(code),
            "ceiling" => elsewhere.UpdateAsync(code, e => new { id = Id(e), version = Version(e), roleCeiling = new[] { HubRoles.CasesRead } }),
            "tenant" => elsewhere.UpdateAsync(code, e => new { id = Id(e), version = Version(e), addTenantIds = new[] { Guid.NewGuid() }, removeTenantIds = new[] { tenant } }),
            _ => other.WithDbAsync(db => db.Agencies.Where(a => a.Code == code).ExecuteUpdateAsync(s => s.SetProperty(a => a.TrustedDocumentsOnly, true))),
        };
        await made;

        foreach (var query in Queries)
        {
            var here = await Client.PostAsync(query, token);
            var there = await other.CreateClient().PostAsync(query, token);
            Assert.Equal(there.Status, here.Status);
            Assert.Equal(WithoutTraceIds(there.Body), WithoutTraceIds(here.Body));
            // Every change refuses the page the agency read before.
            if (query == Queries[0])
            {
                Assert.NotEqual(before[0], here.Body);
            }
        }
    }

    // The direction that matters: an agency moved to another country stops seeing, at its next
    // request, the cases consented to agencies of its kind in the country it left, and nothing of
    // them is logged as disclosed to it.
    [Fact]
    public async Task AnAgencyMovedAway_NoLongerSeesTheCasesConsentedToItsKindWhereItWas()
    {
        var code = NewCode();
        var tenant = Guid.NewGuid();
        var agency = Guid.Parse(Id(await _operator.RegisterAsync(code, tenant, country: "GHA")));
        var caseId = await _writer.RegisterCaseAsync();
        await _writer.GrantConsentAsync(caseId, new { kind = "NGO", country = "GHA" });
        var token = await TenantTokenAsync(Client, tenant, [HubRoles.CasesRead]);
        const string query = "{ cases(purpose: ASSISTANCE, first: 100) { nodes { id sex } } }";
        var seen = await Client.PostAsync(query, token);
        Assert.Contains(caseId, seen.Data!["cases"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));

        await using var other = new SecondInstance(hub);
        await new Operator(other, other.CreateClient()).UpdateAsync(code, e => new { id = Id(e), version = Version(e), country = "NGA" });
        var here = await Client.PostAsync(query, token);
        var there = await other.CreateClient().PostAsync(query, token);

        Assert.Equal(there.Status, here.Status);
        Assert.Equal(WithoutTraceIds(there.Body), WithoutTraceIds(here.Body));
        Assert.DoesNotContain(caseId, here.Body, StringComparison.Ordinal);
        Assert.Equal(1, await hub.WithDbAsync(db => db.Disclosures.CountAsync(d => d.AgencyId == agency && d.CaseId == Guid.Parse(caseId))));
    }

    // A write never runs on a remembered entry: suspended elsewhere, the agency writes nothing.
    [Fact]
    public async Task AWriteAfterASuspensionElsewhere_IsRefused_AndWritesNothing()
    {
        var code = NewCode();
        var tenant = Guid.NewGuid();
        await _operator.RegisterAsync(code, tenant);
        var token = await TenantTokenAsync(Client, tenant, [HubRoles.CasesRead, HubRoles.CasesWrite, HubRoles.ProjectsRead]);
        Assert.Empty((await Client.PostAsync(Queries[0], token)).ErrorCodes);
        await using var other = new SecondInstance(hub);
        await new Operator(other, other.CreateClient()).SuspendAsync(code);
        var cases = await hub.WithDbAsync(db => db.Cases.CountAsync());

        var write = await Client.PostAsync(Writer.RegisterCase, token, new { input = new { givenName = "Amina" } });

        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal(["AGENCY_SUSPENDED"], write.ErrorCodes);
        Assert.Equal(cases, await hub.WithDbAsync(db => db.Cases.CountAsync()));
    }

    private static string WithoutTraceIds(string body) => Regex.Replace(body, "\"traceId\":\"[0-9a-f]+\"", "");

    private static string NewCode() => "R-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}
