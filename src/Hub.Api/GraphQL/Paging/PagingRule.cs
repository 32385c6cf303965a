using GraphQL.Validation;

namespace Hub.Api.GraphQL.Paging;

/// <summary>Refuses page sizes and mixed directions in validation, with their variables' values,
/// so that <c>first: 99999999</c> is a 400 that costs the database nothing.</summary>
internal sealed class PagingRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        foreach (var (field, arguments) in context.ArgumentValues ?? [])
        {
            int? Size(string name) => arguments.TryGetValue(name, out var value) ? value.Value as int? : null;
            bool Has(string name) => arguments.TryGetValue(name, out var value) && value.Value is not null;

            var problem = PageRequest.Problem(Size("first"), Has("first") || Has("after"), Size("last"), Has("last") || Has("before"));
            if (problem is not null)
            {
                context.ReportError(new ValidationError(context.Document.Source, null!, problem, field) { Code = ErrorCodes.InvalidPaging });
            }
        }

        return default;
    }
}
