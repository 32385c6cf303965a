using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Resolvers;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.Writes;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>A gated field stored in a column of the case and shown as a scalar or enum of
/// <paramref name="graphType"/>.</summary>
internal class GatedColumn<TValue>(string name, DataCategory category, string description, Expression<Func<Case, TValue>> column, Type graphType)
    : GatedCaseField(name, category, description)
{
    private readonly PropertyInfo _property = (PropertyInfo)((column.Body as UnaryExpression)?.Operand as MemberExpression ?? (MemberExpression)column.Body).Member;

    protected override Type InputType => graphType;

    public override void Write(Case entity, object? value) => _property.SetValue(entity, value);

    public override void Check(object? value, InputErrors errors, DateTime now)
    {
        switch (value)
        {
            case null when _property.PropertyType.IsValueType && Nullable.GetUnderlyingType(_property.PropertyType) is null:
                errors.Add(UserErrorCode.InvalidValue, $"A case always has a {Name}: it can be changed, not cleared.", Name);
                break;
            case string text:
                errors.Text<Case>(text, _property.Name, InputErrors.TextKind.Line, Name);
                break;
            case DateOnly date when date > DateOnly.FromDateTime(now):
                errors.Add(UserErrorCode.DateInFuture, "A date of birth cannot lie in the future.", Name);
                break;
            case DateOnly { Year: < 1900 }:
                errors.Add(UserErrorCode.InvalidValue, "A date before 1900 is not a date of birth of a living person.", Name);
                break;
        }
    }

    // Boxed outside the CASE, so that the condition and the column stay one SQL expression.
    public override Expression<Func<Case, AccessScope, object?>> ReadUnder(Expression<Func<Case, AccessScope, bool>> gate)
    {
        var read = Gate.When<Case, TValue>(gate, Scoped(column)!);
        return Expression.Lambda<Func<Case, AccessScope, object?>>(Expression.Convert(read.Body, typeof(object)), read.Parameters);
    }

    public override FieldType GraphField(int index) => new()
    {
        Name = Name,
        Description = SchemaDescription,
        Type = graphType,
        Resolver = Resolver(index),
    };

    public override FilterField<Case> Filter(Expression<Func<Case, AccessScope, bool>> gate) =>
        new ValueFilter<Case, TValue>(Name, FilterDescription(FilterNote), FilterType, Scoped(column), gate, Category);

    protected virtual IFieldResolver Resolver(int index) => new FuncFieldResolver<CaseRow, object?>(c => c.Source.Value(index));

    protected virtual string? FilterNote => null;

    protected virtual Type FilterType =>
        graphType == typeof(StringGraphType) ? typeof(StringFilterInputGraphType)
        : graphType == typeof(CalendarDateGraphType) ? typeof(ComparableFilterInputGraphType<CalendarDateGraphType>)
        : typeof(EqualityFilterInputGraphType<>).MakeGenericType(graphType);
}
