using GraphQL;
using Hub.Api.GraphQL.Loading;

namespace Hub.Api.Writes;

internal static class WriteFieldExtensions
{
    /// <summary>Runs a mutation's write in the request's <see cref="WriteSession"/>, as the caller's agency.</summary>
    public static Task<WriteOutcome> WriteAsync(this IResolveFieldContext context, Func<WriteRequest, Task<WriteOutcome>> write) =>
        context.WriteAsync(Actor.Of, write);

    /// <summary>Runs a registry write in the request's <see cref="WriteSession"/>, as the Hub's operator.</summary>
    public static Task<WriteOutcome> WriteAsOperatorAsync(this IResolveFieldContext context, Func<WriteRequest, Task<WriteOutcome>> write) =>
        context.WriteAsync(Actor.OperatorOf, write);

    private static async Task<WriteOutcome> WriteAsync(this IResolveFieldContext context, Func<IResolveFieldContext, Actor> actor, Func<WriteRequest, Task<WriteOutcome>> write)
    {
        var session = context.RequestServices!.GetRequiredService<WriteSession>();
        return await session.RunAsync(context, () =>
            write(new WriteRequest(context.Db(), actor(context), context.GetArgument<Dictionary<string, object?>>("input"),
                context.RequestServices!.GetRequiredService<TimeProvider>(), context.CancellationToken)));
    }
}
