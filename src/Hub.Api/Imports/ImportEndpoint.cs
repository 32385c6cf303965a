using System.Text.Json;
using GraphQL;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Http;
using Hub.Api.Identity;
using Hub.Api.Options;
using Hub.Api.Writes;
using Hub.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Imports;

/// <summary><c>POST /import/{kind}</c>: an agency's own projects or activities from a CSV file, with
/// the same token, roles and checks as the mutations. The answer is the import's report, as JSON,
/// or its faults as CSV for a client that accepts <c>text/csv</c>.</summary>
internal sealed class ImportEndpoint(CallerResolver callers, Importer importer, IGraphQLTextSerializer serializer, IOptions<WritesOptions> options, TimeProvider time)
{
    public const string Path = "/import/{kind}";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(HttpContext http, string kind)
    {
        ErrorResponse.Protect(http.Response);
        var (user, invalid) = await BearerToken.ValidateAsync(http);
        var caller = callers.FromToken(user);
        if ((invalid ?? BearerToken.Scope(http, caller)) is { } refusal)
        {
            await RefuseAsync(http, refusal.Code, refusal.Message);
            return;
        }

        caller = await callers.ConfirmAsync(caller, http.RequestAborted);
        if (!caller.IsActiveAgency)
        {
            var (code, message) = FieldAccessRule.Refusal(caller);
            if (caller.Status == CallerStatus.Anonymous)
            {
                await http.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            }

            await RefuseAsync(http, code, message);
            return;
        }

        if (!caller.HasRole(HubRoles.ProjectsWrite))
        {
            await RefuseAsync(http, ErrorCodes.MissingRole, FieldAccessRule.MissingRoleMessageFor("An import", [HubRoles.ProjectsWrite], caller));
            return;
        }

        if (Importer.Find(kind) is not { } import)
        {
            await RefuseAsync(http, ErrorCodes.UnknownImport, $"There is no import of {kind}: send to {string.Join(" or ", Importer.Kinds.Select(k => $"/import/{k.Name}"))}.");
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) || !contentType.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            await RefuseAsync(http, ErrorCodes.UnsupportedMediaType, "Send the file as text/csv (UTF-8).");
            return;
        }

        if (!Acceptable(http.Request))
        {
            await RefuseAsync(http, ErrorCodes.NotAcceptable, "Accept application/json (the report) or text/csv (its faults).");
            return;
        }

        var limit = options.Value.ImportMaxBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }

        ReadOnlyMemory<byte>? body;
        try
        {
            body = await GraphQLRequestReader.ReadBoundedAsync(http.Request, limit, http.RequestAborted);
        }
        catch (BadHttpRequestException e)
        {
            // The server's own limits: a body larger than it takes, or one sent too slowly.
            await RefuseAsync(http, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.InvalidRequest,
                e.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge(limit) : "The file did not arrive whole: send it again.");
            return;
        }

        if (body is not { } content)
        {
            await RefuseAsync(http, ErrorCodes.RequestTooLarge, TooLarge(limit));
            return;
        }

        var actor = new Actor(caller, caller.Agency!, GraphQLEndpoint.RequestId(http), time.GetUtcNow().UtcDateTime);
        var report = await importer.RunAsync(import, content.ToArray(), actor, http.RequestAborted);
        http.Response.StatusCode = report.Written ? StatusCodes.Status200OK : ErrorCatalogue.StatusOf(ErrorCodes.ImportRefused);
        if (!report.Written && AcceptsCsv(http.Request))
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            await http.Response.WriteAsync(report.ErrorsAsCsv(), http.RequestAborted);
            return;
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, report, Json, http.RequestAborted);
    }

    private static string TooLarge(int limit) => $"A file is at most {limit} bytes: split it.";

    // No Accept header, or one that takes JSON or CSV.
    private static bool Acceptable(HttpRequest request) =>
        request.Headers.Accept.Count == 0
        || (MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
            && accepted.Any(a => a.Quality is not 0 && (a.MatchesAllTypes || a.MatchesAllSubTypes && (a.Type.Equals("application", StringComparison.OrdinalIgnoreCase) || a.Type.Equals("text", StringComparison.OrdinalIgnoreCase))
                || a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))));

    private static bool AcceptsCsv(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        && !accepted.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) && a.Quality is null or 1.0);

    private Task RefuseAsync(HttpContext http, string code, string message) =>
        serializer.WriteErrorAsync(http, ResponseMediaType.Json, ErrorCatalogue.StatusOf(code), code, message);
}
