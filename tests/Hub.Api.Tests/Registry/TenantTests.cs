using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Registry.Operator;

namespace Hub.Api.Tests.Registry;

/// <summary>The tenants of the registry: a tenant acts for one agency, from the request after it was
/// added and until the one after it was removed. Two requests racing for one code or one tenant, on
/// separate connections over a real socket, end as one agency and one user error: the unique keys
/// of the database decide (with <c>HUB_TEST_POSTGRES</c> set, PostgreSQL's; SQLite has one writer).</summary>
public sealed class TenantTests(ListeningWriteHub hub) : IClassFixture<ListeningWriteHub>
{
    private const int Rounds = 5;
    private const string Projects = "{ projects(first: 1) { nodes { code } } }";

    private readonly Operator _operator = new(hub, hub.CreateClient());
    private readonly HttpClient _one = hub.CreateClient();
    private readonly HttpClient _two = hub.CreateClient();

    private HttpClient Client => _operator.Client;

    private static string NewCode() => "R-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private async Task<string> StatusAsync(string token) => (await Client.PostAsync(Me, token)).Data!["me"]!["status"]!.GetValue<string>();

    [Fact]
    public async Task AnAddedTenant_ActsForTheAgencyAtOnce_AndARemovedOne_IsUnknownFromItsNextRequest()
    {
        var code = NewCode();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await _operator.RegisterAsync(code, first);
        var firstToken = await TenantTokenAsync(Client, first, [HubRoles.ProjectsRead]);
        var secondToken = await TenantTokenAsync(Client, second, [HubRoles.ProjectsRead]);
        var beforeAdding = await StatusAsync(secondToken);

        var added = await _operator.UpdateAsync(code, e => new { id = Id(e), version = Version(e), addTenantIds = new[] { second.ToString() } });
        var secondMe = (await Client.PostAsync(Me, secondToken)).Data!["me"]!;
        var removed = await _operator.UpdateAsync(code, e => new { id = Id(e), version = Version(e), removeTenantIds = new[] { first.ToString() } });
        var firstProjects = await Client.PostAsync(Projects, firstToken);
        var secondProjects = await Client.PostAsync(Projects, secondToken);

        Assert.Equal("UNKNOWN_TENANT", beforeAdding);
        Assert.Equal(new[] { first, second }.Order().Select(t => t.ToString()), added["tenantIds"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("ACTIVE", secondMe["status"]!.GetValue<string>());
        Assert.Equal(code, secondMe["agency"]!["code"]!.GetValue<string>());
        Assert.Equal([second.ToString()], removed["tenantIds"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(3, Version(removed));
        Assert.Equal(HttpStatusCode.Forbidden, firstProjects.Status);
        Assert.Equal(["UNKNOWN_TENANT"], firstProjects.ErrorCodes);
        Assert.Equal("UNKNOWN_TENANT", await StatusAsync(firstToken));
        Assert.True(secondProjects.Status == HttpStatusCode.OK && secondProjects.ErrorCodes.Count == 0, secondProjects.Body);
    }

    [Fact]
    public async Task ATenantMoves_FromOneAgencyToAnother_InOneRequest()
    {
        var (from, to) = (NewCode(), NewCode());
        var tenant = Guid.NewGuid();
        await _operator.RegisterAsync(from, tenant);
        await _operator.UpdateAsync(from, e => new { id = Id(e), version = Version(e), addTenantIds = new[] { Guid.NewGuid().ToString() } });
        await _operator.RegisterAsync(to);
        var (a, b) = (await _operator.EntryAsync(from), await _operator.EntryAsync(to));
        const string Move = """
            mutation Move($from: UpdateAgencyInput!, $to: UpdateAgencyInput!) {
              released: updateAgency(input: $from) { errors { code field } registration { tenantIds version } }
              taken: updateAgency(input: $to) { errors { code field } registration { tenantIds version } }
            }
            """;
        var token = await TenantTokenAsync(Client, tenant, [HubRoles.ProjectsRead]);
        var before = (await Client.PostAsync(Me, token)).Data!["me"]!["agency"]!["code"]!.GetValue<string>();

        var moved = await Client.PostAsync(Move, await _operator.TokenAsync(), new
        {
            from = new { id = Id(a), version = Version(a), removeTenantIds = new[] { tenant.ToString() } },
            to = new { id = Id(b), version = Version(b), addTenantIds = new[] { tenant.ToString() } },
        });
        var after = (await Client.PostAsync(Me, token)).Data!["me"]!["agency"]!["code"]!.GetValue<string>();

        Assert.Equal(from, before);
        Assert.True(moved.Status == HttpStatusCode.OK && moved.ErrorCodes.Count == 0, moved.Body);
        Assert.DoesNotContain(tenant.ToString(), moved.Data!["released"]!["registration"]!["tenantIds"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains(tenant.ToString(), moved.Data!["taken"]!["registration"]!["tenantIds"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(to, after);
    }

    [Fact]
    public async Task TwoRegistrationsRacingForOneCode_MakeOneAgency_AndTheOtherIsDuplicateCode()
    {
        var token = await _operator.TokenAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var code = NewCode();
            var before = await hub.WithDbAsync(db => db.AuditEntries.CountAsync());

            var answers = await Task.WhenAll(
                _one.PostAsync(Register, token, new { input = Input(code, Guid.NewGuid()) }),
                _two.PostAsync(Register, token, new { input = Input(code, Guid.NewGuid()) }));

            var (_, loser) = Split(answers);
            Assert.Equal(["DUPLICATE_CODE@code"], Refused(loser, "registerAgency"));
            Assert.Equal(1, await hub.WithDbAsync(db => db.Agencies.CountAsync(a => a.Code == code)));
            Assert.Equal(1, await hub.WithDbAsync(db => db.AgencyTenants.CountAsync(t => db.Agencies.Any(a => a.Id == t.AgencyId && a.Code == code))));
            Assert.Equal(before + 1, await hub.WithDbAsync(db => db.AuditEntries.CountAsync()));
        }
    }

    [Fact]
    public async Task TwoRegistrationsRacingForOneTenant_MakeOneAgency_AndTheOtherIsTenantTaken()
    {
        var token = await _operator.TokenAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var tenant = Guid.NewGuid();
            var before = await hub.WithDbAsync(db => db.Agencies.CountAsync());

            var answers = await Task.WhenAll(
                _one.PostAsync(Register, token, new { input = Input(NewCode(), Guid.NewGuid(), tenant) }),
                _two.PostAsync(Register, token, new { input = Input(NewCode(), Guid.NewGuid(), tenant) }));

            var (_, loser) = Split(answers);
            Assert.Equal(["TENANT_TAKEN@tenantIds.1"], Refused(loser, "registerAgency"));
            Assert.Equal(before + 1, await hub.WithDbAsync(db => db.Agencies.CountAsync()));
        }
    }

    [Fact]
    public async Task TwoAgenciesRacingToAddOneTenant_OneGetsIt_AndTheOtherIsTenantTaken()
    {
        var token = await _operator.TokenAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var (a, b) = (await _operator.RegisterAsync(NewCode()), await _operator.RegisterAsync(NewCode()));
            var tenant = Guid.NewGuid().ToString();

            var answers = await Task.WhenAll(
                _one.PostAsync(Update, token, new { input = new { id = Id(a), version = 1, addTenantIds = new[] { tenant } } }),
                _two.PostAsync(Update, token, new { input = new { id = Id(b), version = 1, addTenantIds = new[] { tenant } } }));

            var (_, loser) = Split(answers, "updateAgency");
            Assert.Equal(["TENANT_TAKEN@addTenantIds.0"], Refused(loser, "updateAgency"));
            Assert.Equal(1, await hub.WithDbAsync(db => db.AgencyTenants.CountAsync(t => t.TenantId == Guid.Parse(tenant))));
        }
    }

    [Fact]
    public async Task TwoUpdatesOfOneEntry_OnTheSameVersion_ApplyOnce_AndTheOtherIsVersionConflict()
    {
        var token = await _operator.TokenAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var entry = await _operator.RegisterAsync(NewCode());

            var answers = await Task.WhenAll(
                _one.PostAsync(Update, token, new { input = new { id = Id(entry), version = 1, name = "One", addTenantIds = new[] { Guid.NewGuid().ToString() } } }),
                _two.PostAsync(Suspend, token, new { input = StatusChange(entry, "Two") }));

            Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK && a.ErrorCodes.Count == 0, a.Body));
            var errors = answers.Select(a => a.Data!.AsObject().Single().Value!["errors"]!.AsArray()
                .Select(e => e!["code"]!.GetValue<string>() + "@" + string.Join('.', e["field"]!.AsArray().Select(f => f!.GetValue<string>()))).ToList()).ToList();
            Assert.Equal(1, errors.Count(e => e.Count == 0));
            Assert.Equal(["VERSION_CONFLICT@version"], errors.SelectMany(e => e));
            Assert.Equal(2, await hub.WithDbAsync(db => db.Agencies.Where(a => a.Id == Guid.Parse(Id(entry))).Select(a => a.Version).SingleAsync()));
        }
    }

    private static Dictionary<string, object?> Input(string code, params Guid[] tenants) => new()
    {
        ["name"] = "Racing agency",
        ["code"] = code,
        ["kind"] = "NGO",
        ["country"] = "NGA",
        ["tenantIds"] = tenants.Select(t => t.ToString()).ToArray(),
        ["roleCeiling"] = new[] { HubRoles.ProjectsRead },
    };

    private static (GraphQLResponse Winner, GraphQLResponse Loser) Split(GraphQLResponse[] answers, string mutation = "registerAgency")
    {
        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, a.Body));
        var written = answers.Where(a => a.Data![mutation]!["errors"]!.AsArray().Count == 0).ToList();
        Assert.True(written.Count == 1, string.Join("\n", answers.Select(a => a.Body)));
        return (written[0], answers.Single(a => a != written[0]));
    }
}
