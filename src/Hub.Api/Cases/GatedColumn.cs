using System.Linq.Expressions;
using GraphQL.Resolvers;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>A gated field stored in a column of the case and shown as a scalar or enum of
/// <paramref name="graphType"/>.</summary>
internal class GatedColumn<TValue>(string name, DataCategory category, string description, Expression<Func<Case, TValue>> column, Type graphType)
    : GatedCaseField(name, category, description)
{
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

    protected virtual IFieldResolver Resolver(int index) => new FuncFieldResolver<CaseRow, object?>(c => c.Source.Values[index]);

    protected virtual string? FilterNote => null;

    protected virtual Type FilterType =>
        graphType == typeof(StringGraphType) ? typeof(StringFilterInputGraphType)
        : graphType == typeof(CalendarDateGraphType) ? typeof(ComparableFilterInputGraphType<CalendarDateGraphType>)
        : typeof(EqualityFilterInputGraphType<>).MakeGenericType(graphType);
}
