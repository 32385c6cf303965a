using GraphQL.Types;
using Hub.Api.GraphQL;

namespace Hub.Api.Identity;

internal sealed class MeQuery : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<CallerGraphType>>("me")
            .Description("The caller as the Hub sees it, and why it may or may not read data. Answers every caller with a valid token, even one whose tenant is not registered or whose agency is suspended, and even where only trusted documents may run.")
            .AllowAnyTenant()
            .RunsFreeForm()
            .Resolve(context => context.Caller());
}
