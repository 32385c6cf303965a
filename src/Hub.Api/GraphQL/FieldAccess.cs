using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>Access metadata on fields, enforced by <see cref="FieldAccessRule"/> before anything
/// runs. Root fields need an active registered agency unless marked otherwise.</summary>
internal static class FieldAccess
{
    private const string AnyCallerKey = "hub:anyCaller";
    private const string RoleKey = "hub:role";
    private const string ManagesTrustedDocumentsKey = "hub:managesTrustedDocuments";

    /// <summary>The field answers every caller, even one whose tenant is unknown.</summary>
    public static FieldBuilder<TSource, TReturn> AllowAnyCaller<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(AnyCallerKey, true);

    /// <summary>The caller needs one of these app roles.</summary>
    public static FieldBuilder<TSource, TReturn> RequireRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] anyOf) =>
        field.WithMetadata(RoleKey, anyOf);

    /// <summary>The field manages trusted documents, and so runs from a free-form document even
    /// where only trusted documents may run.</summary>
    public static FieldBuilder<TSource, TReturn> ManagesTrustedDocuments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(ManagesTrustedDocumentsKey, true);

    public static bool IsTrustedDocumentManagement(this IFieldType field) => field.GetMetadata(ManagesTrustedDocumentsKey, false);

    public static bool AllowsAnyCaller(this IFieldType field) => field.GetMetadata(AnyCallerKey, false);

    public static string[]? RequiredRoles(this IFieldType field) => field.GetMetadata<string[]?>(RoleKey);
}
