using GraphQL;
using Hub.Api.Access;
using Hub.Data.Entities;
using Microsoft.AspNetCore.DataProtection;

namespace Hub.Api.GraphQL.Paging;

/// <summary>The Relay arguments of a connection field, checked: forward with <c>first</c>/<c>after</c>
/// or backward with <c>last</c>/<c>before</c>, at most <see cref="MaxSize"/> a page.</summary>
internal sealed record PageRequest(int Size, bool Backward, string? Cursor, CursorSeal Cursors)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>The page the client asked for; its cursors are sealed for the caller's agency and
    /// the purpose of <paramref name="scope"/>.</summary>
    public static PageRequest From(IResolveFieldContext context, AccessScope scope) => From(context, scope.AgencyId, scope.Purpose);

    /// <summary>The page the Hub's operator asked for; its cursors are sealed for the operator's tenant.</summary>
    public static PageRequest ForOperator(IResolveFieldContext context)
    {
        var caller = context.Caller();
        return caller.IsOperator ? From(context, Guid.Parse(caller.TenantId!), purpose: null)
            : throw new InvalidOperationException("Only the operator pages as the operator.");
    }

    private static PageRequest From(IResolveFieldContext context, Guid owner, Purpose? purpose)
    {
        var first = context.GetArgument<int?>("first");
        var after = context.GetArgument<string?>("after");
        var last = context.GetArgument<int?>("last");
        var before = context.GetArgument<string?>("before");

        if (Problem(first, first is not null || after is not null, last, last is not null || before is not null) is { } problem)
        {
            throw new ExecutionError(problem) { Code = ErrorCodes.InvalidPaging };
        }

        var backward = last is not null || before is not null;
        var protector = context.RequestServices!.GetRequiredService<IDataProtectionProvider>().CreateProtector(CursorSeal.ProtectorPurpose);
        return new PageRequest(first ?? last ?? DefaultSize, backward, backward ? before : after, new CursorSeal(protector, owner, purpose));
    }

    /// <summary>What is wrong with these arguments, if anything; <see cref="PagingRule"/> asks the
    /// same before the request runs.</summary>
    public static string? Problem(int? first, bool forward, int? last, bool backward) =>
        forward && backward ? "Page forward with first/after or backward with last/before, not both."
        : (first ?? last) is < 0 or > MaxSize ? $"A page holds 0 to {MaxSize} items."
        : null;
}
