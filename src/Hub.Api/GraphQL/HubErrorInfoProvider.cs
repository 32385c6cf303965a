using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;

namespace Hub.Api.GraphQL;

/// <summary>Errors carry a code and the request's trace id, which the logs share, and never an
/// exception's details; "Did you mean ...?" suggestions are cut, since they spell out the schema
/// to whoever probes it.</summary>
internal sealed partial class HubErrorInfoProvider(IHttpContextAccessor http) : ErrorInfoProvider(new ErrorInfoProviderOptions
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

        return new ErrorInfo { Message = Suggestion().Replace(info.Message, ""), Extensions = extensions };
    }

    [GeneratedRegex(@"\s*Did you mean .*\?$")]
    private static partial Regex Suggestion();
}
