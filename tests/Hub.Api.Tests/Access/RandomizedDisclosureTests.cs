using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Tests.Access.Oracle;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Access;

/// <summary>Random worlds of agencies, cases and consents, random callers, purposes and filters:
/// every response is compared with the oracle, written from DESIGN §3 apart from the production
/// policy code.</summary>
public sealed class RandomizedDisclosureTests(EmptyHub hub, ITestOutputHelper output) : IClassFixture<EmptyHub>
{
    private const int Worlds = 40;
    private static readonly string Selection = "id " + string.Join(' ', CaseFields.All.Select(f => CaseFields.CountryFields.Contains(f) ? f + " { code }" : f))
        + " withheld { field category reason }";

    private readonly HttpClient _client = hub.CreateClient();
    private readonly List<string> _differences = [];
    private int _queries;

    [Fact]
    public async Task EveryResponse_MatchesTheOracle()
    {
        var store = new WorldStore(hub);
        for (var seed = 1; seed <= Worlds; seed++)
        {
            var now = hub.Now;
            var world = RandomWorld.Generate(seed, new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc), options: null);
            await store.ReplaceAsync(world);
            var random = new Random(seed);
            foreach (var caller in world.Callers)
            {
                var token = TestTokens.Mint(hub, new TokenSpec { TenantId = store.TenantOf[caller.AgencyId], Roles = [.. caller.Roles] });
                foreach (var purpose in Enum.GetValues<Purpose>().OrderBy(_ => random.Next()).Take(2))
                {
                    await CompareCasesAsync(world, caller, token, purpose, $"world {seed}");
                    await CompareFilterAsync(world, caller, token, purpose, RandomFilter(random, world), $"world {seed}");
                    await CompareSingleAsync(world, caller, token, purpose, world.Cases[random.Next(world.Cases.Count)].Id, $"world {seed}");
                }
            }
        }

        output.WriteLine($"{Worlds} worlds, {_queries} queries, {_differences.Count} differences");
        Assert.True(_differences.Count == 0, string.Join('\n', _differences.Take(20)));
    }

    private async Task CompareCasesAsync(OracleWorld world, OracleCaller caller, string token, Purpose purpose, string where)
    {
        var response = await QueryAsync($"{{ cases(purpose: {Name(purpose)}, first: 100) {{ nodes {{ {Selection} }} }} }}", token);
        if (!ExpectRefusal(world, caller, response, where))
        {
            return;
        }

        var t = hub.Now;
        var expected = DisclosureOracle.VisibleCases(world, caller, purpose, t).ToHashSet();
        var nodes = response.Data!["cases"]!["nodes"]!.AsArray();
        var actual = nodes.Select(n => Guid.Parse(n!["id"]!.GetValue<string>())).ToHashSet();
        if (!expected.SetEquals(actual))
        {
            _differences.Add($"{where} {purpose}: visible cases differ: expected {expected.Count}, got {actual.Count}");
            return;
        }

        foreach (var node in nodes)
        {
            CompareCase(world, caller, purpose, t, node!, where);
        }
    }

    private async Task CompareSingleAsync(OracleWorld world, OracleCaller caller, string token, Purpose purpose, Guid id, string where)
    {
        var response = await QueryAsync($"{{ case(id: \"{id}\", purpose: {Name(purpose)}) {{ {Selection} }} }}", token);
        if (!ExpectRefusal(world, caller, response, where))
        {
            return;
        }

        var t = hub.Now;
        var node = response.Data!["case"];
        var visible = DisclosureOracle.IsVisible(world, caller, purpose, t, world.FindCase(id)!);
        if (visible != node is not null)
        {
            _differences.Add($"{where} {purpose}: case {id} visible={visible} but the Hub answered {(node is null ? "null" : "it")}");
        }
        else if (node is not null)
        {
            CompareCase(world, caller, purpose, t, node, where);
        }
    }

    private async Task CompareFilterAsync(OracleWorld world, OracleCaller caller, string token, Purpose purpose, (OracleFilter Oracle, string Hub) filter, string where)
    {
        var response = await QueryAsync($"{{ cases(purpose: {Name(purpose)}, first: 100, where: {filter.Hub}) {{ nodes {{ id }} }} }}", token);
        if (!ExpectRefusal(world, caller, response, where))
        {
            return;
        }

        var expected = DisclosureOracle.VisibleCases(world, caller, purpose, hub.Now, filter.Oracle).ToHashSet();
        var actual = response.Data!["cases"]!["nodes"]!.AsArray().Select(n => Guid.Parse(n!["id"]!.GetValue<string>())).ToHashSet();
        if (!expected.SetEquals(actual))
        {
            _differences.Add($"{where} {purpose}: filter {filter.Hub} matched {actual.Count}, oracle {expected.Count}");
        }
    }

    // The Hub refuses outright, before reading anything, what the oracle answers with an empty or
    // fully withheld result: a suspended agency's requests, and case reads without a case role. The
    // missing role is found on the token alone and so is reported first.
    private bool ExpectRefusal(OracleWorld world, OracleCaller caller, GraphQLResponse response, string where)
    {
        var suspended = DisclosureOracle.ActiveAgency(world, caller) is null;
        var noCaseRole = DisclosureOracle.AllowedByRoles(caller.Roles) == DataCategory.None;
        if (suspended || noCaseRole)
        {
            var expectedCode = noCaseRole ? "MISSING_ROLE" : "AGENCY_SUSPENDED";
            if (response.Status != HttpStatusCode.Forbidden || !response.ErrorCodes.Contains(expectedCode) || response.Data is not null)
            {
                _differences.Add($"{where}: expected 403 {expectedCode}, got {(int)response.Status} {response.Body[..Math.Min(200, response.Body.Length)]}");
            }

            if (suspended && !noCaseRole && DisclosureOracle.VisibleCases(world, caller, Purpose.Assistance, hub.Now).Count > 0)
            {
                _differences.Add($"{where}: the oracle shows a suspended agency cases");
            }

            return false;
        }

        if (response.Status != HttpStatusCode.OK || response.Json["errors"] is not null)
        {
            _differences.Add($"{where}: {(int)response.Status} {response.Body[..Math.Min(300, response.Body.Length)]}");
            return false;
        }

        return true;
    }

    private void CompareCase(OracleWorld world, OracleCaller caller, Purpose purpose, DateTime t, JsonNode node, string where)
    {
        var id = Guid.Parse(node["id"]!.GetValue<string>());
        var expected = DisclosureOracle.Project(world, caller, purpose, t, id, CaseFields.All)!;
        foreach (var field in CaseFields.All)
        {
            var want = Render(expected.Fields[field], field);
            var got = Render(node[field], field);
            if (want != got)
            {
                _differences.Add($"{where} {purpose} case {id} {field}: expected {want}, got {got}");
            }
        }

        var wantWithheld = expected.Withheld.Select(w => $"{w.Field}/{w.CategoryName}/{w.ReasonName}").Order(StringComparer.Ordinal);
        var gotWithheld = node["withheld"]!.AsArray().Select(w => $"{w!["field"]}/{w["category"]}/{w["reason"]}").Order(StringComparer.Ordinal);
        if (!wantWithheld.SequenceEqual(gotWithheld))
        {
            _differences.Add($"{where} {purpose} case {id} withheld: expected [{string.Join(", ", wantWithheld)}], got [{string.Join(", ", gotWithheld)}]");
        }
    }

    /// <summary>One canonical text for an oracle value or a JSON value of the same field.</summary>
    private string Render(object? value, string field) => value switch
    {
        null => "null",
        JsonObject country => country["code"]!.GetValue<string>(),
        JsonArray list => "[" + string.Join(',', list.Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal)) + "]",
        JsonValue json => json.GetValue<string>(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => Name(e),
        System.Collections.IEnumerable items and not string => "[" + string.Join(',', items.Cast<Enum>().Select(Name).Order(StringComparer.Ordinal)) + "]",
        _ => value.ToString()!,
    };

    private static readonly (string Field, Func<OracleCase, object?> Value)[] FilterFields =
    [
        ("sex", c => c.Demographic.Sex), ("ageBracket", c => c.Demographic.AgeBracket), ("citizenship", c => c.Demographic.Citizenship),
        ("countryOfIdentification", c => c.Demographic.CountryOfIdentification), ("labourSector", c => c.TraffickingExperience.LabourSector),
        ("countryOfExploitation", c => c.TraffickingExperience.CountryOfExploitation), ("status", c => c.Assistance.Status),
    ];

    /// <summary>A random filter over gated fields, with values taken from the world so that it matches something.</summary>
    private (OracleFilter, string) RandomFilter(Random random, OracleWorld world, int depth = 0)
    {
        var roll = random.Next(depth > 1 ? 6 : 9);
        if (roll >= 6)
        {
            var (a, ah) = RandomFilter(random, world, depth + 1);
            var (b, bh) = RandomFilter(random, world, depth + 1);
            return roll switch
            {
                6 => (OracleFilter.Not(a), $"{{ not: {ah} }}"),
                7 => (OracleFilter.And(a, b), $"{{ and: [{ah}, {bh}] }}"),
                _ => (OracleFilter.Or(a, b), $"{{ or: [{ah}, {bh}] }}"),
            };
        }

        var sample = world.Cases[random.Next(world.Cases.Count)];
        if (roll == 5)
        {
            var type = sample.TraffickingExperience.ExploitationTypes.Count > 0 ? sample.TraffickingExperience.ExploitationTypes[0] : ExploitationType.ForcedLabour;
            return (OracleFilter.Contains("exploitationTypes", type), $"{{ exploitationTypes: {{ some: {{ eq: {Name(type)} }} }} }}");
        }

        var (field, read) = FilterFields[random.Next(FilterFields.Length)];
        var value = read(sample) ?? read(world.Cases.FirstOrDefault(c => read(c) is not null) ?? sample);
        if (value is null)
        {
            return (OracleFilter.Neq("status", CaseStatus.Closed), "{ status: { neq: CLOSED } }");
        }

        var literal = value is Enum e ? Name(e) : $"\"{value}\"";
        return roll switch
        {
            0 or 1 => (OracleFilter.Eq(field, value), $"{{ {field}: {{ eq: {literal} }} }}"),
            2 => (OracleFilter.Neq(field, value), $"{{ {field}: {{ neq: {literal} }} }}"),
            3 => (OracleFilter.In(field, value), $"{{ {field}: {{ in: [{literal}] }} }}"),
            _ => (OracleFilter.Nin(field, value), $"{{ {field}: {{ nin: [{literal}] }} }}"),
        };
    }

    private async Task<GraphQLResponse> QueryAsync(string query, string token)
    {
        _queries++;
        return await _client.PostAsync(query, token);
    }

    private string Name(Enum value)
    {
        var schema = hub.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        var type = (EnumerationGraphType)schema.AllTypes[value.GetType().Name]!;
        return type.Values.FindByValue(value)!.Name;
    }
}
