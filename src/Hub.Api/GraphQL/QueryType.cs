using GraphQL.Types;

namespace Hub.Api.GraphQL;

internal sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "The Hub's read operations. Every field but `me` needs an active registered agency.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
