using GraphQL;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Http;

namespace Hub.Api.Writes;

/// <summary>The answer to a request with mutations that failed anywhere, its payloads included:
/// everything it wrote was undone, so it shows none of its data, only its errors and one that
/// says nothing was written. A payload saying "no errors" over an object that was not kept would
/// invite a retry that writes twice.</summary>
internal static class NothingWritten
{
    public static ExecutionError Error() =>
        new("Nothing of this request was written: a request that writes is kept whole or not at all. Correct the errors above and send it again.") { Code = ErrorCodes.NothingWritten };

    /// <summary>The request's errors without its data; an unexpected fault says only its trace id.</summary>
    public static ExecutionResult AnswerTo(ExecutionErrors errors, string requestId)
    {
        var answer = new ExecutionResult { Errors = [] };
        foreach (var error in errors)
        {
            answer.Errors.Add(ErrorCatalogue.Find(error.Code) is { Status: < 500 } ? error : GraphQLEndpoint.InternalError(requestId));
        }

        answer.Errors.Add(Error());
        return answer;
    }

    /// <summary>500 when a fault caused it, otherwise the status of its errors' codes.</summary>
    public static int StatusOf(ExecutionErrors errors, bool graphQLResponseMediaType) =>
        errors.Any(e => ErrorCatalogue.Find(e.Code) is not { Status: < 500 }) ? StatusCodes.Status500InternalServerError
            : ErrorCatalogue.StatusOf([.. errors.Select(e => e.Code)], graphQLResponseMediaType);
}
