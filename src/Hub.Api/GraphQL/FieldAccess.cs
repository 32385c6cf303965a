using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Api.Identity;

namespace Hub.Api.GraphQL;

/// <summary>Access metadata, enforced by <see cref="FieldAccessRule"/> before anything runs. Root
/// fields need an active registered agency unless marked otherwise. A role requirement belongs to
/// the type it protects, so that every field that returns the type, at any depth, is gated alike
/// (DESIGN rule 13); a field may add a requirement of its own for what it does. The Hub's operator
/// (<see cref="Caller.IsOperator"/>) reaches only what is marked as the operator's.</summary>
internal static class FieldAccess
{
    private const string AnyTenantKey = "hub:anyTenant";
    private const string RoleKey = "hub:role";
    private const string RunsFreeFormKey = "hub:runsFreeForm";
    private const string ItemsKey = "hub:items";
    private const string OperatorKey = "hub:operator";

    /// <summary>The field answers every authenticated caller, even one whose tenant is unknown or
    /// whose agency is suspended (it says why).</summary>
    public static FieldBuilder<TSource, TReturn> AllowAnyTenant<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(AnyTenantKey, true);

    /// <summary>The caller needs one of these app roles to use the field.</summary>
    public static FieldBuilder<TSource, TReturn> RequireRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] anyOf) =>
        field.WithMetadata(RoleKey, anyOf);

    /// <summary>The caller needs one of these app roles to reach any object of the type, wherever it is returned.</summary>
    public static void RequireRole(this IGraphType type, params string[] anyOf) => type.WithMetadata(RoleKey, anyOf);

    /// <summary>The type is a wrapper (a connection, an edge) whose items are the values of <paramref name="field"/>:
    /// requirements of the item type hold for the wrapper too.</summary>
    public static void HoldsItemsIn(this IGraphType type, string field) => type.WithMetadata(ItemsKey, field);

    /// <summary>The field runs from a free-form document even where only trusted documents may run:
    /// <c>me</c>, and the fields that manage the trusted documents themselves.</summary>
    public static FieldBuilder<TSource, TReturn> RunsFreeForm<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(RunsFreeFormKey, true);

    /// <summary>Only the Hub's operator may use the field: no agency is needed, and none is enough.</summary>
    public static FieldBuilder<TSource, TReturn> OperatorOnly<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(OperatorKey, OperatorAccess.Only);

    /// <summary>Only the Hub's operator may reach any object of the type, wherever it is returned.</summary>
    public static void OperatorOnly(this IGraphType type) => type.WithMetadata(OperatorKey, OperatorAccess.Only);

    /// <summary>The operator reaches objects of the type too, beside the agencies whose roles open
    /// it: it needs no agency for them, and being the operator stands for the roles.</summary>
    public static void OpenToOperator(this IGraphType type) => type.WithMetadata(OperatorKey, OperatorAccess.Also);

    /// <summary>How the operator stands to the field: by its own mark, or that of the type it returns.</summary>
    public static OperatorAccess OperatorAccessOf(this FieldType field) =>
        (OperatorAccess)Math.Max((int)field.GetMetadata(OperatorKey, OperatorAccess.None), (int)(ItemType(field.ResolvedType)?.GetMetadata(OperatorKey, OperatorAccess.None) ?? OperatorAccess.None));

    /// <summary>Whether the caller exercises one of the roles of a requirement: the one role check,
    /// made on the token in validation and again on the roles the registry allows once it was asked.</summary>
    public static bool Meets(this Caller caller, string[] anyOf) => anyOf.Any(caller.Roles.Contains);

    public static bool RunsFreeForm(this IFieldType field) => field.GetMetadata(RunsFreeFormKey, false);

    public static bool AllowsAnyTenant(this IFieldType field) => field.GetMetadata(AnyTenantKey, false);

    /// <summary>Every requirement the field carries: its own, and that of the type it returns (seen
    /// through lists, non-null wrappers and connections). Each is a set of roles, one of which is needed.</summary>
    public static IEnumerable<string[]> RequiredRoles(this FieldType field)
    {
        if (field.GetMetadata<string[]?>(RoleKey) is { } own)
        {
            yield return own;
        }

        if (ItemType(field.ResolvedType) is { } type && type.GetMetadata<string[]?>(RoleKey) is { } ofType)
        {
            yield return ofType;
        }
    }

    /// <summary>The object type a field's values are, through lists, non-null and connections.</summary>
    public static IGraphType? ItemType(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => ItemType(nonNull.ResolvedType),
        ListGraphType list => ItemType(list.ResolvedType),
        IComplexGraphType wrapper when wrapper.GetMetadata<string?>(ItemsKey) is { } items => ItemType(wrapper.GetField(items)!.ResolvedType),
        _ => type,
    };
}
