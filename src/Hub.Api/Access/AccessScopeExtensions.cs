using GraphQL;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Loading;
using Hub.Data.Entities;

namespace Hub.Api.Access;

internal static class AccessScopeExtensions
{
    /// <summary>The request's scope for reads that do not concern cases (no purpose).</summary>
    public static AccessScope Scope(this IResolveFieldContext context) => context.Scope(null);

    /// <summary>The request's scope for the declared purpose, made once per request and purpose so
    /// that every query of the request sees the same instant.</summary>
    public static AccessScope Scope(this IResolveFieldContext context, Purpose? purpose)
    {
        var hub = context.HubContext();
        var key = "scope:" + purpose;
        if (hub.TryGetValue(key, out var existing) && existing is AccessScope scope)
        {
            return scope;
        }

        scope = AccessScope.For(hub.Caller, purpose, hub.Now, context.Db());
        hub[key] = scope;
        return scope;
    }
}
