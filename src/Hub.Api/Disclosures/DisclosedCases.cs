using GraphQL;
using GraphQL.Execution;
using Hub.Api.Cases;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;

namespace Hub.Api.Disclosures;

/// <summary>The cases a response names, read from the response that leaves (rule 12): a case
/// object in the output, with the categories of its disclosed fields there; every cursor that
/// points at a case; and every case of a page that a filter or a cursor chose, when the page is in
/// the output (the one read beyond it included), whatever was selected of it, since the page's very
/// shape (its edges, its next page) tells that they matched or where they stand: with the
/// categories a filter read of them. A case nulled by an error beneath it is named too, unless it
/// stood at a position in a list of cases that nothing chose: the error says it is visible (or that
/// it matched). Anything else an error nulled is not in the output and is not logged; a response
/// without data and without such errors logs nothing.</summary>
internal static class DisclosedCases
{
    public static DisclosureCollector In(ExecutionResult result, HubUserContext request)
    {
        var collected = new DisclosureCollector();
        if (result.Executed && result.Data is ExecutionNode root)
        {
            Walk(root, collected, inCaseList: false);
        }

        foreach (var chosen in ChosenAndErred(result, request))
        {
            collected.Record(chosen.Id, chosen.Purpose, chosen.FilteredBy);
        }

        return collected;
    }

    // The cases of chosen pages under which an error is reported: ["cases", "nodes", 3, ...] names
    // the fourth case of the page at ["cases"], whether or not the error left the page standing.
    private static IEnumerable<CaseRow> ChosenAndErred(ExecutionResult result, HubUserContext request) =>
        from error in result.Errors ?? []
        let path = error.Path?.ToList() ?? []
        from chosen in request.ChosenPages
        where path.Count > chosen.Path.Length + 1 && path.Take(chosen.Path.Length).SequenceEqual(chosen.Path)
            && path[chosen.Path.Length] is "nodes" or "edges" && path[chosen.Path.Length + 1] is int index && index < chosen.Page.Edges.Count
        select chosen.Page.Edges[(int)path[chosen.Path.Length + 1]].Node;

    private static void Walk(ExecutionNode node, DisclosureCollector collected, bool inCaseList)
    {
        switch (node)
        {
            case ObjectExecutionNode { SubFields: null, Result: CaseRow addressed } when !inCaseList:
                collected.Record(addressed.Id, addressed.Purpose, addressed.FilteredBy);
                return;
            case ObjectExecutionNode { SubFields: null } or ArrayExecutionNode { Items: null }:
                return;
            case ObjectExecutionNode { Result: CaseRow row } shown:
                collected.Record(row.Id, row.Purpose, Withholding.Disclosed(row, shown.SubFields!.Select(f => f.FieldDefinition.Name)) | row.FilteredBy);
                break;
            case ObjectExecutionNode { Result: Page<CaseRow> { Chosen: true } chosen }:
                foreach (var row in chosen.Edges.Select(e => e.Node).Append(chosen.Beyond).OfType<CaseRow>())
                {
                    collected.Record(row.Id, row.Purpose, row.FilteredBy);
                }

                break;
            case { Result: not null } leaf when PointedAt(leaf) is { } pointed:
                collected.Record(pointed.Id, pointed.Purpose, pointed.FilteredBy);
                break;
        }

        if (node is IParentExecutionNode parent)
        {
            var caseList = inCaseList || (node is ArrayExecutionNode && FieldAccess.ItemType(node.GraphType) is CaseGraphType);
            foreach (var child in parent.GetChildNodes())
            {
                Walk(child, collected, caseList);
            }
        }
    }

    // A cursor names the item it points at, however opaque it is.
    private static CaseRow? PointedAt(ExecutionNode leaf) => (leaf.FieldDefinition?.Name, leaf.Source) switch
    {
        ("cursor", PageEdge<CaseRow> edge) => edge.Node,
        ("startCursor", PageInfo { Start: CaseRow row }) => row,
        ("endCursor", PageInfo { End: CaseRow row }) => row,
        _ => null,
    };
}
