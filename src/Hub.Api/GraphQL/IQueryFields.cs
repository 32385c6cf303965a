namespace Hub.Api.GraphQL;

/// <summary>A feature's root query fields; each feature folder adds its own.</summary>
internal interface IQueryFields
{
    void AddTo(QueryType query);
}
