using System.Linq.Expressions;
using GraphQL.Resolvers;
using Hub.Api.Countries;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>A gated country code stored in a column of the case, shown as a <c>Country</c> and
/// filtered by its code.</summary>
internal sealed class GatedCountry(string name, DataCategory category, string description, Expression<Func<Case, string?>> column)
    : GatedColumn<string?>(name, category, description, column, typeof(CountryGraphType))
{
    protected override IFieldResolver Resolver(int index) =>
        new FuncFieldResolver<CaseRow, object?>(c => c.Source.Value(index) is string code ? c.LoadCountry(code) : null);

    protected override Type InputType => typeof(global::GraphQL.Types.StringGraphType);

    public override string? CountryIn(object? value) => value as string;

    protected override string FilterNote => "Filter by the ISO 3166-1 alpha-3 code.";

    protected override Type FilterType => typeof(Hub.Api.GraphQL.Filtering.StringFilterInputGraphType);
}
