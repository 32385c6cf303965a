using GraphQL;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL.Projection;

/// <summary>The field names a client selected on the objects a field returns, through fragments,
/// and through <c>edges { node }</c> and <c>nodes</c> for connections. Drives projection: a column
/// nobody asked for is not read, nor one that <c>@skip</c> or <c>@include</c> leaves out, so that
/// the disclosure log records only what the response shows.</summary>
internal static class SelectedFields
{
    public static IReadOnlySet<string> Of(IResolveFieldContext context) => Collect(context, context.FieldAst.SelectionSet);

    public static IReadOnlySet<string> OfConnectionNodes(IResolveFieldContext context) =>
        NodeFields(context).Select(f => f.Name.StringValue).ToHashSet(StringComparer.Ordinal);

    /// <summary>The fields selected on the object <paramref name="field"/> returns, for each object
    /// that the field (or its connection's nodes) returns, wherever it is selected: what a relation
    /// read in the same statement as its parent reads of it.</summary>
    public static IReadOnlySet<string> Under(IResolveFieldContext context, string field, bool ofConnectionNodes) =>
        (ofConnectionNodes ? NodeFields(context) : Fields(context, context.FieldAst.SelectionSet))
            .Where(f => f.Name.Value == field).SelectMany(f => Collect(context, f.SelectionSet)).ToHashSet(StringComparer.Ordinal);

    // The fields selected on a connection's items, under nodes and under edges { node }.
    private static IEnumerable<GraphQLField> NodeFields(IResolveFieldContext context)
    {
        foreach (var field in Fields(context, context.FieldAst.SelectionSet))
        {
            if (field.Name.Value == "nodes")
            {
                foreach (var f in Fields(context, field.SelectionSet))
                {
                    yield return f;
                }
            }
            else if (field.Name.Value == "edges")
            {
                foreach (var f in Fields(context, field.SelectionSet).Where(f => f.Name.Value == "node").SelectMany(node => Fields(context, node.SelectionSet)))
                {
                    yield return f;
                }
            }
        }
    }

    private static HashSet<string> Collect(IResolveFieldContext context, GraphQLSelectionSet? set) =>
        Fields(context, set).Select(f => f.Name.StringValue).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? set, int depth = 0)
    {
        if (set is null || depth > 32)
        {
            yield break;
        }

        foreach (var selection in set.Selections.Where(s => Included(context, s)))
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in Fields(context, inline.SelectionSet, depth + 1))
                    {
                        yield return f;
                    }

                    break;
                case GraphQLFragmentSpread spread when Fragment(context, spread) is { } fragment:
                    foreach (var f in Fields(context, fragment.SelectionSet, depth + 1))
                    {
                        yield return f;
                    }

                    break;
            }
        }
    }

    // As the engine decides it: left out when @skip's condition is true or @include's is false,
    // with the request's variables applied.
    private static bool Included(IResolveFieldContext context, ASTNode selection)
    {
        if (context.ExecutionContext.DirectiveValues is not { } values || !values.TryGetValue(selection, out var directives))
        {
            return true;
        }

        return !(directives.TryGetValue("skip", out var skip) && skip.Arguments["if"].Value is true) &&
            !(directives.TryGetValue("include", out var include) && include.Arguments["if"].Value is false);
    }

    private static GraphQLFragmentDefinition? Fragment(IResolveFieldContext context, GraphQLFragmentSpread spread) =>
        context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.Value == spread.FragmentName.Name.Value);
}
