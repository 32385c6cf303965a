using System.Linq.Expressions;
using GraphQL.Resolvers;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>A gated set of values kept in a table of its own (a case's exploitation types, its
/// services), loaded for a page of cases at once and shown as a list of <paramref name="elementGraphType"/>.</summary>
internal sealed class GatedSet<TValue>(string name, DataCategory category, string description, Expression<Func<Case, IEnumerable<TValue>>> values, Type elementGraphType,
    Action<Case, IReadOnlySet<TValue>> write)
    : GatedCaseField(name, category, description)
{
    protected override Type InputType => typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(elementGraphType));

    /// <summary>Null and an empty list both clear the set; a value given twice counts once.</summary>
    public override void Write(Case entity, object? value) =>
        write(entity, ((IEnumerable<object?>?)value ?? []).Cast<TValue>().ToHashSet());

    public Expression<Func<Case, IEnumerable<TValue>>> Values { get; } = values;

    public override FieldType GraphField(int index) => new()
    {
        Name = Name,
        Description = SchemaDescription,
        Type = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(elementGraphType)),
        Resolver = new FuncFieldResolver<CaseRow, object?>(c => c.Source.Discloses(Category) ? CaseLoaders.Values(c, c.Source, this) : null),
    };

    public override FilterField<Case> Filter(Expression<Func<Case, AccessScope, bool>> gate) =>
        new SetFilter<Case, TValue>(Name, FilterDescription(), typeof(SetFilterInputGraphType<>).MakeGenericType(typeof(EqualityFilterInputGraphType<>).MakeGenericType(elementGraphType)), Values, gate, Category);
}
