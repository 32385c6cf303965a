using System.Net;
using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Hub.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL;

/// <summary>Rule 13: a rule holds wherever its object is reached; a nested path never opens what
/// the root path keeps closed.</summary>
public sealed class NestedAccessTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Fact]
    public void EveryFieldThatReturnsAGatedType_IsGatedAsTheRootFieldsOfThatType()
    {
        var schema = hub.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        static string Requirements(FieldType field) =>
            string.Join(" and ", field.RequiredRoles().Select(anyOf => string.Join(" or ", anyOf.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));

        var gatedRoots = schema.Query.Fields
            .Select(f => (Field: f, Type: FieldAccess.ItemType(f.ResolvedType)))
            .Where(r => r.Type is IObjectGraphType && r.Field.RequiredRoles().Any())
            .ToList();
        Assert.Contains(gatedRoots, r => r.Field.Name == "projects");
        var problems = new List<string>();
        foreach (var (root, type) in gatedRoots)
        {
            var typeRule = Requirements(root);
            foreach (var owner in schema.AllTypes.OfType<IComplexGraphType>())
            {
                foreach (var field in owner.Fields.Where(f => FieldAccess.ItemType(f.ResolvedType) == type))
                {
                    if (!Requirements(field).Contains(typeRule, StringComparison.Ordinal))
                    {
                        problems.Add($"{owner.Name}.{field.Name} returns {type!.Name} but needs '{Requirements(field)}', while {root.Name} needs '{typeRule}'");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task AReferralsProject_NeedsProjectsRead_AsTheProjectsFieldDoes()
    {
        const string query = "{ referrals(purpose: ASSISTANCE, first: 50) { nodes { id project { title donor budgetUsd } } } }";
        var casesOnly = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead]);
        var withProjects = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.CasesRead, HubRoles.ProjectsRead]);

        var refused = await _client.PostAsync(query, casesOnly);
        var answered = await _client.PostAsync(query, withProjects);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(["MISSING_ROLE"], refused.ErrorCodes);
        Assert.Contains("'project'", refused.Json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(refused.Json["data"]);
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Contains(answered.Data!["referrals"]!["nodes"]!.AsArray(), n => n!["project"] is not null);
    }

    [Fact]
    public async Task AConnectionsTotal_IsGatedAsItsItems()
    {
        var projectsOnly = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, [HubRoles.ProjectsRead]);

        var response = await _client.PostAsync("{ referrals(purpose: ASSISTANCE) { totalCount } }", projectsOnly);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
    }
}
