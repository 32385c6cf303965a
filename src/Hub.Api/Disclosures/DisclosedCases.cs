using GraphQL;
using GraphQL.Execution;
using Hub.Api.Cases;
using Hub.Api.GraphQL.Paging;
using Hub.Data.Entities;

namespace Hub.Api.Disclosures;

/// <summary>The cases a response names, read from the response that leaves (rule 12): a case
/// object that survived to the output, with the categories of its fields there that were disclosed,
/// and every cursor that points at a case. A field nulled by an error, and everything under it, is
/// not in the output and is not logged; a response without data logs nothing.</summary>
internal static class DisclosedCases
{
    public static DisclosureCollector In(ExecutionResult result)
    {
        var collected = new DisclosureCollector();
        if (result.Executed && result.Data is ExecutionNode root)
        {
            Walk(root, collected);
        }

        return collected;
    }

    private static void Walk(ExecutionNode node, DisclosureCollector collected)
    {
        switch (node)
        {
            case ObjectExecutionNode { SubFields: null } or ArrayExecutionNode { Items: null }:
                return;
            case ObjectExecutionNode { Result: CaseRow row } shown:
                collected.Record(row.Id, row.Purpose, Withholding.Disclosed(row, shown.SubFields!.Select(f => f.FieldDefinition.Name)));
                break;
            case { Result: not null } leaf when PointedAt(leaf) is { } pointed:
                collected.Record(pointed.Id, pointed.Purpose, DataCategory.None);
                break;
        }

        if (node is IParentExecutionNode parent)
        {
            foreach (var child in parent.GetChildNodes())
            {
                Walk(child, collected);
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
