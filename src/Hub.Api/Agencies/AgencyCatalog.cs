using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;
using GraphQLTypes = GraphQL.Types;

namespace Hub.Api.Agencies;

/// <summary>What clients may filter agencies by, wherever an agency is filtered.</summary>
internal static class AgencyCatalog
{
    public static readonly IReadOnlyList<FilterField<Agency>> Filters =
    [
        new ValueFilter<Agency, Guid>("id", "The agency's id.", typeof(EqualityFilterInputGraphType<GraphQLTypes.IdGraphType>), (a, s) => a.Id),
        new ValueFilter<Agency, string>("code", "The agency's code, e.g. `NGA-MOL`.", typeof(StringFilterInputGraphType), (a, s) => a.Code),
    ];
}
