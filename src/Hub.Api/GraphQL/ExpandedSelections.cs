using GraphQLParser.AST;

namespace Hub.Api.GraphQL;

/// <summary>How many field selections a document holds with its fragments spread out. Each
/// fragment is sized once, so a chain of fragments that each spread the next twice costs a visit
/// per fragment here, where spreading them out would double the work at every link. Cycles count
/// as nothing: validation refuses them.</summary>
internal static class ExpandedSelections
{
    public static long Count(GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);

        long Size(GraphQLSelectionSet? set) => set is null ? 0 : set.Selections.Sum(selection => selection switch
        {
            GraphQLField field => Saturating(1 + Size(field.SelectionSet)),
            GraphQLInlineFragment inline => Size(inline.SelectionSet),
            GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
            _ => 0,
        });

        long Fragment(string name)
        {
            if (sizes.TryGetValue(name, out var size))
            {
                return size;
            }

            if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name))
            {
                return 0;
            }

            size = Size(fragment.SelectionSet);
            visiting.Remove(name);
            return sizes[name] = size;
        }

        return document.Definitions.OfType<GraphQLOperationDefinition>().Sum(operation => Size(operation.SelectionSet));
    }

    // Sizes can overflow by design of the attack; anything past a billion is simply too many.
    private static long Saturating(long value) => Math.Min(value, 1_000_000_000);
}
