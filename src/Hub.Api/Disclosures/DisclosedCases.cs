using GraphQL;
using GraphQL.Execution;
using Hub.Api.Cases;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Data.Entities;

namespace Hub.Api.Disclosures;

/// <summary>The cases a response names, read from the response that leaves (rule 12): a case
/// object in the output, with the categories of its disclosed fields there and those a filter read
/// to choose it; every cursor that points at a case; under a filter, the case that "there is a next
/// page" tells of. A case nulled by an error beneath it is named too when the request reached it
/// by a path without a list (<c>case(id:)</c>, a referral's case), or chose by a filter: the error
/// says it is visible, or that it matched. Anything else an error nulled is not in the output and
/// is not logged; a response without data and without such errors logs nothing.</summary>
internal static class DisclosedCases
{
    public static DisclosureCollector In(ExecutionResult result, HubUserContext request)
    {
        var collected = new DisclosureCollector();
        if (result.Executed && result.Data is ExecutionNode root)
        {
            Walk(root, collected, inList: false);
        }

        foreach (var chosen in ChosenAndErred(result, request))
        {
            collected.Record(chosen.Id, chosen.Purpose, chosen.FilteredBy);
        }

        return collected;
    }

    // The cases of filtered pages under which an error is reported: ["cases", "nodes", 3, ...] names
    // the fourth case of the page at ["cases"], whether or not the error left the page standing.
    private static IEnumerable<CaseRow> ChosenAndErred(ExecutionResult result, HubUserContext request) =>
        from error in result.Errors ?? []
        let path = error.Path?.ToList() ?? []
        from filtered in request.FilteredPages
        where path.Count > filtered.Path.Length + 1 && path.Take(filtered.Path.Length).SequenceEqual(filtered.Path)
            && path[filtered.Path.Length] is "nodes" or "edges" && path[filtered.Path.Length + 1] is int index && index < filtered.Page.Edges.Count
        select filtered.Page.Edges[(int)path[filtered.Path.Length + 1]].Node;

    private static void Walk(ExecutionNode node, DisclosureCollector collected, bool inList)
    {
        switch (node)
        {
            case ObjectExecutionNode { SubFields: null, Result: CaseRow addressed } when !inList:
                collected.Record(addressed.Id, addressed.Purpose, DataCategory.None);
                return;
            case ObjectExecutionNode { SubFields: null } or ArrayExecutionNode { Items: null }:
                return;
            case ObjectExecutionNode { Result: CaseRow row } shown:
                collected.Record(row.Id, row.Purpose, Withholding.Disclosed(row, shown.SubFields!.Select(f => f.FieldDefinition.Name)) | row.FilteredBy);
                break;
            case { Result: not null } leaf when PointedAt(leaf) is { } pointed:
                collected.Record(pointed.Id, pointed.Purpose, pointed.FilteredBy);
                break;
        }

        if (node is IParentExecutionNode parent)
        {
            foreach (var child in parent.GetChildNodes())
            {
                Walk(child, collected, inList || node is ArrayExecutionNode);
            }
        }
    }

    // A cursor names the item it points at, however opaque it is; under a filter, "there is a
    // next (previous) page" tells of the one item read beyond the page.
    private static CaseRow? PointedAt(ExecutionNode leaf) => (leaf.FieldDefinition?.Name, leaf.Source, leaf.Result) switch
    {
        ("cursor", PageEdge<CaseRow> edge, _) => edge.Node,
        ("startCursor", PageInfo { Start: CaseRow row }, _) => row,
        ("endCursor", PageInfo { End: CaseRow row }, _) => row,
        ("hasNextPage", PageInfo { Beyond: CaseRow row, Backward: false, Filtered: true }, true) => row,
        ("hasPreviousPage", PageInfo { Beyond: CaseRow row, Backward: true, Filtered: true }, true) => row,
        _ => null,
    };
}
