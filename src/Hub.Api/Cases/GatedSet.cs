using System.Linq.Expressions;
using GraphQL.Resolvers;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>A gated set of values kept in a table of its own (a case's exploitation types, its
/// services), shown as a list of <paramref name="elementGraphType"/>. The set is read in the case's
/// own statement as one number, a bit for each member of <typeparamref name="TValue"/> in the
/// enum's order: the sum over the case's rows, whose key holds each value once per case.</summary>
internal sealed class GatedSet<TValue>(string name, DataCategory category, string description, Expression<Func<Case, IEnumerable<TValue>>> values, Type elementGraphType,
    Action<Case, IReadOnlySet<TValue>> write)
    : GatedCaseField(name, category, description) where TValue : struct, Enum
{
    private static readonly TValue[] Members = Enum.GetValues<TValue>();

    protected override Type InputType => typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(elementGraphType));

    /// <summary>Null and an empty list both clear the set; a value given twice counts once.</summary>
    public override void Write(Case entity, object? value) =>
        write(entity, ((IEnumerable<object?>?)value ?? []).Cast<TValue>().ToHashSet());

    public Expression<Func<Case, IEnumerable<TValue>>> Values { get; } = values;

    // Boxed outside the CASE, as a column's value is.
    public override Expression<Func<Case, AccessScope, object?>> ReadUnder(Expression<Func<Case, AccessScope, bool>> gate)
    {
        var read = Gate.When<Case, long?>(gate, Scoped(Bits(Values)));
        return Expression.Lambda<Func<Case, AccessScope, object?>>(Expression.Convert(read.Body, typeof(object)), read.Parameters);
    }

    public override FieldType GraphField(int index) => new()
    {
        Name = Name,
        Description = SchemaDescription,
        Type = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(elementGraphType)),
        Resolver = new FuncFieldResolver<CaseRow, object?>(c => c.Source.Value(index) is long bits ? Members.Where((_, i) => (bits & (1L << i)) != 0).ToList() : null),
    };

    public override FilterField<Case> Filter(Expression<Func<Case, AccessScope, bool>> gate) =>
        new SetFilter<Case, TValue>(Name, FilterDescription(), typeof(SetFilterInputGraphType<>).MakeGenericType(typeof(EqualityFilterInputGraphType<>).MakeGenericType(elementGraphType)), Values, gate, Category);

    // c => c.Rows.Select(e => e.Value) becomes c => (long?)c.Rows.Sum(e => e.Value == First ? 1 : e.Value == Second ? 2 : ... : 0),
    // one CASE inside a SUM over the rows of the case.
    private static Expression<Func<Case, long?>> Bits(Expression<Func<Case, IEnumerable<TValue>>> values)
    {
        if (Members.Length > 63)
        {
            throw new InvalidOperationException($"{typeof(TValue).Name} has more members than a set read as one number holds.");
        }

        var select = (MethodCallExpression)values.Body;
        var value = (LambdaExpression)select.Arguments[1];
        Expression bit = Expression.Constant(0L);
        for (var i = Members.Length - 1; i >= 0; i--)
        {
            bit = Expression.Condition(Expression.Equal(value.Body, Expression.Constant(Members[i])), Expression.Constant(1L << i), bit);
        }

        var sum = Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [value.Parameters[0].Type], select.Arguments[0], Expression.Lambda(bit, value.Parameters));
        return Expression.Lambda<Func<Case, long?>>(Expression.Convert(sum, typeof(long?)), values.Parameters);
    }
}
