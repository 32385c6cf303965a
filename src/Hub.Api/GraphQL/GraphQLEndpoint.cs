using System.Diagnostics;
using GraphQL;
using Hub.Api.Disclosures;
using Hub.Api.Hosting;
using Hub.Api.Identity;
using Hub.Api.Playground;
using Hub.Api.TrustedDocuments;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Hub.Api.GraphQL;

/// <summary>GraphQL over HTTP at <c>/graphql</c>: one operation per request, by GET (queries) or
/// by POST with a JSON body.</summary>
internal sealed class GraphQLEndpoint(
    IDocumentExecuter<HubSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    TrustedDocumentRegistry trustedDocuments,
    DocumentCache documents,
    DisclosureWriter disclosures,
    TimeProvider time,
    ILogger<GraphQLEndpoint> logger)
{
    public const string Path = "/graphql";

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        if (IsBrowserVisit(http.Request))
        {
            await PlaygroundEndpoints.ServePageAsync(http);
            return;
        }

        // Answers carry data about people: no cache, shared or private, may keep them, and no
        // browser may read them as anything but what they say they are.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";

        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, ResponseMediaType.Json, StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"Accept {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}.");
            return;
        }

        // The endpoint admits anonymous callers (they may ask for nothing but the schema's shape),
        // so a token that fails validation must not quietly become an anonymous request.
        var authentication = http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult
            ?? await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!authentication.Succeeded && HasBearerToken(http.Request))
        {
            await http.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            await WriteErrorAsync(http, mediaType, StatusCodes.Status401Unauthorized, ErrorCodes.InvalidToken,
                "The access token is invalid or expired.");
            return;
        }

        var (request, readError) = await reader.ReadAsync(http.Request, cancellationToken);
        if (readError is not null)
        {
            await WriteErrorAsync(http, mediaType, readError.StatusCode, readError.Code, readError.Message);
            return;
        }

        var user = authentication.Principal ?? new System.Security.Claims.ClaimsPrincipal();
        var caller = CallerResolver.FromToken(user);
        if (caller.Status == CallerStatus.MissingScope)
        {
            http.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{HubRoles.Scope}\"";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status403Forbidden, ErrorCodes.InsufficientScope,
                $"A user token needs the delegated scope '{HubRoles.Scope}'.");
            return;
        }

        var query = request!.Query;
        if (request.DocumentId is { } documentId)
        {
            // Documents are registered per agency: only a caller with a tenant can name one.
            if (caller.Status != CallerStatus.Claimed)
            {
                var (status, code) = caller.Status == CallerStatus.Anonymous
                    ? (StatusCodes.Status401Unauthorized, ErrorCodes.AuthenticationRequired)
                    : (StatusCodes.Status403Forbidden, ErrorCodes.UnknownTenant);
                await WriteErrorAsync(http, mediaType, status, code, "Registered documents are run for the agency of the caller's token; send one.");
                return;
            }

            query = await trustedDocuments.FindAsync(Guid.Parse(caller.TenantId!), documentId, cancellationToken);
            if (query is null)
            {
                await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, ErrorCodes.DocumentNotFound,
                    $"Your agency has no registered document {documentId}, or it was revoked.");
                return;
            }
        }

        var (document, limitError) = documents.Get(query!);
        if (limitError is not null)
        {
            await WriteErrorAsync(http, mediaType, limitError.StatusCode, limitError.Code, limitError.Message);
            return;
        }

        var context = new HubUserContext
        {
            Caller = caller,
            RequestId = RequestId(http),
            IsGetRequest = HttpMethods.IsGet(http.Request.Method),
            IsTrustedDocument = request.DocumentId is not null,
            Now = time.GetUtcNow().UtcDateTime,
        };
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = query;
            options.Document = document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.User = user;
            options.RequestServices = http.RequestServices;
            options.CancellationToken = cancellationToken;
            options.UserContext = context;
        });

        // Rule 9: the disclosure rows are written before the response leaves; if they cannot be,
        // nothing of the response is sent.
        try
        {
            await disclosures.WriteAsync(context.Disclosures, context.Caller, context.RequestId, result.Operation?.Name?.StringValue ?? request.OperationName, query!, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.DisclosureLogFailed(e, context.RequestId);
            await WriteErrorAsync(http, mediaType, StatusCodes.Status500InternalServerError, ErrorCodes.DisclosureLogFailed,
                $"The disclosure log could not be written, so no case data is sent. Quote request id {context.RequestId} to the Hub's operators.");
            return;
        }

        http.Response.StatusCode = StatusCodeOf(result, mediaType, http.Response);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken);
    }

    public static string RequestId(HttpContext http) => Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;

    // A browser opening /graphql asks for HTML and sends no operation: it gets the playground.
    private static bool IsBrowserVisit(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId") &&
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    // A request that never executed failed to parse or validate. With the GraphQL response media
    // type that is a 400; plain JSON clients expect 200 with errors, except for the Hub's own
    // limits, which are 400 for everyone. Access refusals are 401/403 and GET mutations 405
    // whatever the media type.
    private static int StatusCodeOf(ExecutionResult result, string mediaType, HttpResponse response)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.Any(e => e.Code == ErrorCodes.MutationOverGet))
        {
            response.Headers.Allow = HttpMethods.Post;
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (errors.All(e => e.Code is ErrorCodes.AuthenticationRequired))
        {
            response.Headers.WWWAuthenticate = "Bearer";
            return StatusCodes.Status401Unauthorized;
        }

        if (errors.All(e => e.Code is ErrorCodes.AuthenticationRequired or ErrorCodes.AgencySuspended or ErrorCodes.UnknownTenant or ErrorCodes.MissingRole or ErrorCodes.TrustedDocumentRequired))
        {
            return StatusCodes.Status403Forbidden;
        }

        return mediaType == ResponseMediaType.GraphQLResponse || errors.Any(e => e.Code is ErrorCodes.SelectionTooDeep or ErrorCodes.TooCostly or ErrorCodes.IntrospectionDisabled or Paging.PageRequest.InvalidPagingCode)
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    private Task WriteErrorAsync(HttpContext http, string mediaType, int statusCode, string code, string message) =>
        serializer.WriteErrorAsync(http, mediaType, statusCode, code, message);
}
