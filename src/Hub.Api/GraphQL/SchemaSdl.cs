using GraphQL;
using GraphQL.Utilities;

namespace Hub.Api.GraphQL;

/// <summary>The SDL committed as <c>schema/hub.graphql</c>.</summary>
internal static class SchemaSdl
{
    public static string Print(HubSchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
