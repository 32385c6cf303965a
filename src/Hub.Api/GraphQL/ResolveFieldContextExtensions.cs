using GraphQL;
using Hub.Api.Identity;

namespace Hub.Api.GraphQL;

internal static class ResolveFieldContextExtensions
{
    public static HubUserContext HubContext(this IResolveFieldContext context) => (HubUserContext)context.UserContext;

    public static Caller Caller(this IResolveFieldContext context) => context.HubContext().Caller;
}
