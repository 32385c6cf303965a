using GraphQL.Execution;
using Hub.Api.GraphQL.Http;
using Hub.Api.Hosting;

namespace Hub.Api.GraphQL;

/// <summary>GraphQL.NET's handler for an exception a resolver, a rule or a listener did not handle.
/// It is reached with or without an execution context (an exception before execution has none), so
/// it depends on nothing that may be missing and cannot throw: the answer is always
/// INTERNAL_ERROR with the trace id, and nothing of the exception.</summary>
internal static class UnhandledException
{
    public static Task HandleAsync(UnhandledExceptionContext context)
    {
        var services = context.Context?.RequestServices ?? context.ExecutionOptions?.RequestServices;
        var requestId = (context.Context?.UserContext ?? context.ExecutionOptions?.UserContext) is HubUserContext hub
            ? hub.RequestId
            : System.Diagnostics.Activity.Current?.TraceId.ToString() ?? "unknown";
        try
        {
            services?.GetService<ILoggerFactory>()?.CreateLogger("Hub.GraphQL")
                .UnhandledFieldError(context.OriginalException, context.FieldContext?.FieldDefinition?.Name, requestId);
        }
        catch (Exception)
        {
            // Logging must not turn one fault into another; the caller still gets its answer.
        }

        context.Exception = GraphQLEndpoint.InternalError(requestId);
        return Task.CompletedTask;
    }
}
