using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL;

namespace Hub.Api.Identity;

internal sealed class MeQuery : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<CallerGraphType>>("me")
            .Description("The caller as the Hub sees it, and why it may or may not read data. Answers every authenticated caller, even one whose tenant is not registered.")
            .AllowAnyCaller()
            .Resolve(context => context.Caller().Status == CallerStatus.Anonymous
                ? throw new ExecutionError("Send an Entra access token for the Hub as a bearer token.") { Code = ErrorCodes.AuthenticationRequired }
                : context.Caller());
}
