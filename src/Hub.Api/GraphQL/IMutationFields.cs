namespace Hub.Api.GraphQL;

/// <summary>A feature's root mutation fields; each feature folder adds its own.</summary>
internal interface IMutationFields
{
    void AddTo(MutationType mutation);
}
