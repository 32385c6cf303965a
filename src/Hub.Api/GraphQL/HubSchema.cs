using GraphQL.Types;

namespace Hub.Api.GraphQL;

internal sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "The Hub: data sharing between agencies that fight human trafficking. Each agency sees exactly what it may see.";
    }
}
