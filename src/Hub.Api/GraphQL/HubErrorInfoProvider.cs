using GraphQL;
using GraphQL.Execution;
using Hub.Api.GraphQL.Http;

namespace Hub.Api.GraphQL;

/// <summary>Errors carry a code and the request's trace id, which the logs share, and never an
/// exception's details; "Did you mean ...?" suggestions are cut (<see cref="Suggestions"/>).</summary>
internal sealed class HubErrorInfoProvider(IHttpContextAccessor http) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCodes = false,
    ExposeData = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        if (http.HttpContext is { } context)
        {
            extensions["traceId"] = GraphQLEndpoint.RequestId(context);
        }

        return new ErrorInfo { Message = Suggestions.Strip(info.Message), Extensions = extensions };
    }
}
