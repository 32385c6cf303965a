using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL;

/// <summary>The committed SDL is the contract: the live schema may not drift from it, and every
/// part of it is documented.</summary>
public sealed class SchemaTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private HubSchema Schema
    {
        get
        {
            var schema = hub.Services.GetRequiredService<HubSchema>();
            schema.Initialize();
            return schema;
        }
    }

    [Fact]
    public void LiveSchema_MatchesTheCommittedSdl()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema", "hub.graphql"));

        Assert.True(committed == SchemaSdl.Print(Schema),
            "schema/hub.graphql differs from the live schema. If the change is intended, run: dotnet run --project src/Hub.Api -- schema export");
    }

    [Fact]
    public void EveryTypeFieldArgumentAndEnumValue_HasADescription()
    {
        var missing = new List<string>();
        foreach (var type in Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange(field.Arguments?.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})") ?? []);
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        Assert.Empty(missing);
    }
}
