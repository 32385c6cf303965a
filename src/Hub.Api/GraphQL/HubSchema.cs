using GraphQL.Introspection;
using GraphQL.Types;

namespace Hub.Api.GraphQL;

internal sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "The Hub: data sharing between agencies that fight human trafficking. Each agency sees exactly what it may see.";
        Directives.Register(new SpecifiedByDirective());
    }

    // GraphQL.NET 8's __Type lacks the spec's specifiedByURL; each schema builds its own __Type,
    // so adding the field here changes no other schema.
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
        {
            type.Field<StringGraphType>("specifiedByURL")
                .Description("The URL that specifies a scalar's behaviour (`@specifiedBy`); null for every other type.")
                .Resolve(context => context.Source is IGraphType source ? SpecifiedByDirective.UrlOf(source) : null);
        }
    }
}
