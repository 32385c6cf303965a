using System.Diagnostics;
using GraphQL;
using Hub.Api.Disclosures;
using Hub.Api.Hosting;
using Hub.Api.Identity;
using Hub.Api.Playground;
using Hub.Api.Writes;
using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.GraphQL.Http;

/// <summary>GraphQL over HTTP at <c>/graphql</c>: one operation per request, by GET (queries) or
/// by POST with a JSON body. The request meets the <see cref="RefusalSteps"/> in order, runs, and
/// has its disclosures written before the response leaves. A mutation runs in one transaction with
/// its audit rows and the disclosures of its payload (<see cref="WriteSession"/>): all of it is
/// committed, or none. Everything the request asks the database goes over one connection, opened
/// once the request is let through and given back before the answer is written.</summary>
internal sealed class GraphQLEndpoint(
    IDocumentExecuter<HubSchema> executer,
    IGraphQLTextSerializer serializer,
    RefusalSteps steps,
    DisclosureWriter disclosures,
    CallerResolver callers,
    WriteSession writes,
    HubSchema schema,
    HubDbContext db,
    TimeProvider time,
    SqlCommandLog commands,
    ReadReplica replica,
    ILogger<GraphQLEndpoint> logger)
{
    public const string Path = "/graphql";

    public async Task HandleAsync(HttpContext http)
    {
        if (IsBrowserVisit(http.Request))
        {
            await PlaygroundEndpoints.ServePageAsync(http);
            return;
        }

        ErrorResponse.Protect(http.Response);

        var exchange = new GraphQLExchange(http);
        // The context is pooled: its count runs on from the requests before.
        var commandsBefore = commands.CountOf(db);
        try
        {
            foreach (var step in steps.InOrder)
            {
                if (await step(exchange) is { } refusal)
                {
                    await WriteErrorAsync(exchange, ErrorCatalogue.StatusOf(refusal.Code), new ExecutionError(refusal.Message) { Code = refusal.Code });
                    return;
                }
            }

            await ExecuteAsync(exchange);
        }
        catch (BadHttpRequestException e) when (!http.Response.HasStarted)
        {
            // The server could not read what the client sent (a broken chunk, a body cut short or
            // sent too slowly): the client's fault, answered as such and not logged as the Hub's.
            await writes.RollbackAsync();
            var code = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.InvalidRequest;
            await WriteErrorAsync(exchange, ErrorCatalogue.StatusOf(code), new ExecutionError("The request's body could not be read whole: send it again.") { Code = code });
        }
        catch (Exception e) when (e is not OperationCanceledException && !http.Response.HasStarted)
        {
            await writes.RollbackAsync();
            // Whatever went wrong, the answer is the Hub's own error with the trace id, never the exception.
            var requestId = RequestId(http);
            logger.UnhandledRequestError(e, requestId);
            http.Response.Clear();
            ErrorResponse.Protect(http.Response);
            await WriteErrorAsync(exchange, StatusCodes.Status500InternalServerError, InternalError(requestId));
        }
        finally
        {
            await replica.ReturnToPrimaryAsync(db);
            await db.Database.CloseConnectionAsync();
            HubTelemetry.SentCommands(commands.CountOf(db) - commandsBefore);
        }
    }

    /// <summary>The statistics a response answers: none when its data did not leave whole (a
    /// statistic is a non-null root field, so an error beneath any of them nulls all data).</summary>
    public static IReadOnlyList<Hub.Data.Entities.AuditEntry> AnsweredQuestions(ExecutionResult result, HubUserContext context) =>
        context.Questions.Count > 0 && result.Executed && result.Data is global::GraphQL.Execution.ExecutionNode root && root.ToValue() is not null ? context.Questions : [];

    public static string RequestId(HttpContext http) => Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;

    /// <summary>The error of an unexpected fault: its trace id, nothing of the fault itself.</summary>
    public static ExecutionError InternalError(string requestId) =>
        new($"Internal error. Quote request id {requestId} to the Hub's operators.") { Code = ErrorCodes.InternalError };

    private async Task ExecuteAsync(GraphQLExchange exchange)
    {
        var http = exchange.Http;
        var request = exchange.Request;
        var writing = !HttpMethods.IsGet(http.Request.Method) && IdempotencyKey.RunsMutation(exchange);
        if (writing)
        {
            await db.Database.OpenConnectionAsync(http.RequestAborted);
        }
        else
        {
            await replica.OpenForQueryAsync(db, http.RequestAborted);
        }

        var context = NewContext(exchange, mayRecall: !writing);
        if (writing && await BeginWritesAsync(exchange, context) is { } refusal)
        {
            await WriteErrorAsync(exchange, ErrorCatalogue.StatusOf(refusal.Code), new ExecutionError(refusal.Message) { Code = refusal.Code });
            return;
        }

        var result = await RunAsync(exchange, context);
        // A query that ran on a remembered registry entry which none of its statements proved asks
        // the registry before anything leaves, and runs again on the registry's word if it differs.
        if (context.Caller.Remembered && !context.RegistryProven)
        {
            var confirmed = await callers.ConfirmAsync(exchange.Caller, http.RequestAborted);
            if (confirmed.Agency != context.Caller.Agency)
            {
                exchange.Caller = confirmed;
                context = NewContext(exchange, mayRecall: false);
                result = await RunAsync(exchange, context);
            }
        }

        // A retry the rules refuse now (a role its agency's ceiling no longer allows) answers that
        // refusal, not the first outcome: only an answer that ran is a replay.
        if (writing && writes.IsReplay && result.Executed)
        {
            http.Response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        }

        // Rule 9: the disclosure rows are written before the response leaves, on the primary; if
        // they cannot be, nothing of the response is sent.
        await replica.ReturnToPrimaryAsync(db);
        var disclosed = DisclosedCases.In(result, context);
        try
        {
            await disclosures.WriteAsync(disclosed, AnsweredQuestions(result, context), context.Caller, context.RequestId,
                result.Operation?.Name?.StringValue ?? request.OperationName, exchange.Query!, http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.DisclosureLogFailed(e, context.RequestId);
            await writes.RollbackAsync();
            var failed = new ExecutionResult
            {
                Errors = [new ExecutionError(
                $"The disclosure log could not be written, so no case data is sent. Quote request id {context.RequestId} to the Hub's operators.")
            { Code = ErrorCodes.DisclosureLogFailed }]
            };
            if (writing)
            {
                failed.Errors.Add(NothingWritten.Error());
            }

            await WriteAsync(exchange, ErrorCatalogue.StatusOf(ErrorCodes.DisclosureLogFailed), failed);
            return;
        }

        if (writing)
        {
            // A write whose request failed anywhere, even in reading back its payload, is undone
            // with its disclosure rows, and the answer shows nothing of what was not kept: a payload
            // that said "no errors" over a null object would invite a retry that writes twice.
            if (!result.Executed || result.Errors is { Count: > 0 })
            {
                await writes.RollbackAsync();
                if (result.Executed)
                {
                    await WriteAsync(exchange, NothingWritten.StatusOf(result.Errors!, exchange.MediaType == ResponseMediaType.GraphQLResponse),
                        NothingWritten.AnswerTo(result.Errors!, context.RequestId));
                    return;
                }
            }
            else if (!await writes.CommitAsync(context.Now, http.RequestAborted))
            {
                await WriteErrorAsync(exchange, ErrorCatalogue.StatusOf(ErrorCodes.WriteTimedOut), new ExecutionError(
                    "The write could not be completed within a minute of its start and was undone, so that incremental sync (changedSince) misses nothing. Send it again.")
                { Code = ErrorCodes.WriteTimedOut });
                return;
            }
        }

        // The rows are kept: the answer leaves with them.
        HubTelemetry.Disclosed(disclosed);

        // A request that never executed was refused: its status comes from its errors' codes.
        var status = result.Executed || result.Errors is not { Count: > 0 } errors
            ? StatusCodes.Status200OK
            : ErrorCatalogue.StatusOf([.. errors.Select(e => e.Code)], exchange.MediaType == ResponseMediaType.GraphQLResponse);
        await WriteAsync(exchange, status, result);
    }

    private HubUserContext NewContext(GraphQLExchange exchange, bool mayRecall) => new()
    {
        Caller = exchange.Caller,
        MayRecall = mayRecall,
        RequestId = RequestId(exchange.Http),
        IsGetRequest = HttpMethods.IsGet(exchange.Http.Request.Method),
        IsTrustedDocument = exchange.IsTrustedDocument,
        Now = time.GetUtcNow().UtcDateTime,
    };

    private Task<ExecutionResult> RunAsync(GraphQLExchange exchange, HubUserContext context) => executer.ExecuteAsync(options =>
    {
        options.Query = exchange.Query;
        options.Document = exchange.Document;
        options.OperationName = exchange.Request.OperationName;
        options.Variables = exchange.Request.Variables;
        options.Extensions = exchange.Request.Extensions;
        options.User = exchange.User;
        options.RequestServices = exchange.Http.RequestServices;
        options.CancellationToken = exchange.Http.RequestAborted;
        options.UserContext = context;
    });

    // The transaction opens before anything runs; a key is claimed in it for whoever the request
    // writes as, which needs the registry's word on the agency.
    private async Task<Refusal?> BeginWritesAsync(GraphQLExchange exchange, HubUserContext context)
    {
        var (valid, key) = IdempotencyKey.Read(exchange.Http.Request);
        if (!valid)
        {
            return new Refusal(ErrorCodes.InvalidIdempotencyKey, $"An {IdempotencyKey.Header} is 1 to {IdempotencyKey.MaxLength} printable ASCII characters without a comma, sent once.");
        }

        if (key is not null)
        {
            exchange.Caller = context.Caller = await callers.ConfirmAsync(exchange.Caller, exchange.Http.RequestAborted);
        }

        var owner = IdempotencyKey.OwnerOf(exchange, field => schema.Mutation?.GetField(field)?.OperatorAccessOf() == OperatorAccess.Only);
        return await writes.BeginAsync(key, owner, IdempotencyKey.FingerprintOf(exchange), context.Now, exchange.Http.RequestAborted);
    }

    // A browser opening /graphql asks for HTML and sends no operation: it gets the playground.
    private static bool IsBrowserVisit(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId") && !request.Query.ContainsKey("extensions") &&
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private Task WriteErrorAsync(GraphQLExchange exchange, int status, ExecutionError error) =>
        WriteAsync(exchange, status, new ExecutionResult(error));

    private async Task WriteAsync(GraphQLExchange exchange, int status, ExecutionResult result)
    {
        // A slow reader of a long answer holds no connection.
        await db.Database.CloseConnectionAsync();
        var response = exchange.Http.Response;
        response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized && !response.Headers.ContainsKey("WWW-Authenticate"))
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }
        else if (status == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers.Allow = HttpMethods.Post;
        }

        response.ContentType = exchange.MediaType + "; charset=utf-8";
        HubTelemetry.Answered(exchange, result);
        await serializer.WriteAsync(response.Body, result, exchange.Http.RequestAborted);
    }
}
