using GraphQL.Types;

namespace Hub.Api.GraphQL;

internal sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "The Hub's write operations, sent only by POST. Each takes one `input` and returns a payload with the changed object and typed `errors`.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
