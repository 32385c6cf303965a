using System.Linq.Expressions;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.Writes;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>One field of a case that a data category gates: its GraphQL name, its category, what it
/// holds, and (in the subclasses) where it is stored, how the schema shows it and how clients filter
/// by it. <see cref="GatedCaseFields"/> declares each one once; the projection, the schema, the
/// filters, the withheld list, the disclosure log and the inputs that write cases are all derived
/// from that declaration.</summary>
internal abstract class GatedCaseField(string name, DataCategory category, string description)
{
    public string Name { get; } = name;
    public DataCategory Category { get; } = category;

    /// <summary>The field's description in the schema, with the rule that gates it.</summary>
    public string SchemaDescription =>
        $"{description} {CategoryName}: needs the role `{CaseCategories.RoleOf(Category)}` and, unless the caller owns the case, an active consent for the purpose that includes {CategoryName}. Null and listed in `withheld` otherwise.";

    protected string FilterDescription(string? note = null) =>
        $"{CategoryName}: {description}{(note is null ? "" : " " + note)} Matches only cases whose {CategoryName.Replace('_', ' ').ToLowerInvariant()} data is disclosed to the caller.";

    private string CategoryName => CaseCategories.SchemaName(Category);

    /// <summary>The stored value as one value of the case's row, read only where <paramref name="gate"/>
    /// holds (<c>CASE WHEN gate THEN value END</c>).</summary>
    public abstract Expression<Func<Case, AccessScope, object?>> ReadUnder(Expression<Func<Case, AccessScope, bool>> gate);

    /// <summary>The GraphQL field; <paramref name="index"/> is its place in <see cref="CaseRow.Values"/>.</summary>
    public abstract FieldType GraphField(int index);

    /// <summary>The <c>where</c> field, which holds only where <paramref name="gate"/> does (rule 6).</summary>
    public abstract FilterField<Case> Filter(Expression<Func<Case, AccessScope, bool>> gate);

    /// <summary>The field of the case inputs (<c>registerCase</c>, <c>updateCase</c>) that sets it.</summary>
    public FieldType InputField() => new()
    {
        Name = Name,
        Description = $"{description} {CategoryName}. In `updateCase`, leave it out to keep it and send null to clear it.",
        Type = InputType,
    };

    protected abstract Type InputType { get; }

    /// <summary>Sets the value on a tracked case; null clears it.</summary>
    public abstract void Write(Case entity, object? value);

    /// <summary>Adds what is wrong with a value the input gives, at the field's path.</summary>
    public virtual void Check(object? value, InputErrors errors, DateTime now)
    {
    }

    /// <summary>The country code a value names, checked against the registry with all the others at once.</summary>
    public virtual string? CountryIn(object? value) => null;

    protected static Expression<Func<Case, AccessScope, TValue>> Scoped<TValue>(Expression<Func<Case, TValue>> value) =>
        Expression.Lambda<Func<Case, AccessScope, TValue>>(value.Body, value.Parameters[0], Expression.Parameter(typeof(AccessScope), "s"));
}
