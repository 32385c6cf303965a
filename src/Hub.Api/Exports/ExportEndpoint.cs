using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL;
using Hub.Api.Disclosures;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Http;
using Hub.Api.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Primitives;

namespace Hub.Api.Exports;

/// <summary><c>GET /export/{name}.csv</c>: a statistic as CSV with an HXL hashtag row, for
/// spreadsheets and humanitarian data platforms. It takes the GraphQL field's arguments as query
/// parameters (<c>groupBy</c>, comma-separated; <c>where</c>, as JSON) and the same token, and runs
/// the field through the same validation, role checks and audit as a GraphQL request, so that the
/// file holds exactly the cells of the GraphQL answer, the total last.</summary>
internal sealed class ExportEndpoint(IDocumentExecuter<HubSchema> executer, HubSchema schema, IGraphQLTextSerializer serializer, CallerResolver callers, DisclosureWriter records, TimeProvider time)
{
    public const string Path = "/export/{file}";

    /// <summary>What a dimension's cell holds when its value is withheld from the caller.</summary>
    public const string Withheld = "WITHHELD";

    private static readonly string[] Parameters = ["groupBy", "where"];

    public async Task HandleAsync(HttpContext http, string file)
    {
        ErrorResponse.Protect(http.Response);
        var (user, invalid) = await BearerToken.ValidateAsync(http);
        var caller = callers.FromToken(user);
        if ((invalid ?? BearerToken.Scope(http, caller)) is { } refusal)
        {
            await RefuseAsync(http, refusal.Code, refusal.Message);
            return;
        }

        if (caller.Status == CallerStatus.Anonymous)
        {
            await http.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            await RefuseAsync(http, ErrorCodes.AuthenticationRequired, "An export is made for the agency of the caller's token: send one.");
            return;
        }

        if (ExportKind.Find(file) is not { } kind)
        {
            await RefuseAsync(http, ErrorCodes.UnknownExport, $"There is no export {file}: ask for {string.Join(", ", ExportKind.All.Select(k => $"/export/{k.Name}.csv"))}.");
            return;
        }

        if (Variables(http.Request.Query) is not { } variables)
        {
            await RefuseAsync(http, ErrorCodes.InvalidRequest,
                "An export takes the parameters 'groupBy' (dimensions, comma-separated) and 'where' (the filter as JSON, each key once), each at most once, and no others.");
            return;
        }

        var context = new HubUserContext
        {
            Caller = caller,
            RequestId = GraphQLEndpoint.RequestId(http),
            IsGetRequest = true,

            // The question is the caller's own, as a free-form document's: where only trusted
            // documents may run, it is refused like one.
            IsTrustedDocument = false,
            Now = time.GetUtcNow().UtcDateTime,
        };
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = kind.DocumentFor(schema);
            options.Variables = variables;
            options.User = user;
            options.RequestServices = http.RequestServices;
            options.CancellationToken = http.RequestAborted;
            options.UserContext = context;
        });

        if (result.Errors is { Count: > 0 } errors)
        {
            // A field error answers 200 in GraphQL; a file that cannot be made is a failed request.
            var codes = errors.Select(e => e.Code).ToList();
            http.Response.StatusCode = Math.Max(StatusCodes.Status400BadRequest, ErrorCatalogue.StatusOf(codes, true));
            http.Response.ContentType = ResponseMediaType.Json + "; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = errors }, http.RequestAborted);
            return;
        }

        // The question is audited before the file leaves; if it cannot be, the file is not sent.
        await records.WriteAsync(new DisclosureCollector(), GraphQLEndpoint.AnsweredQuestions(result, context), context.Caller, context.RequestId, "Export", kind.DocumentFor(schema), http.RequestAborted);

        var table = JsonNode.Parse(serializer.Serialize(result))!["data"]![kind.Field]!;
        http.Response.ContentType = "text/csv; charset=utf-8";
        if (table["protection"] is { } protection)
        {
            // A file has no place for the protection beside its table: the headers carry it.
            http.Response.Headers["Hub-Protection"] = $"method={protection["method"]}; k={protection["minimumCellSize"]}; resolution={protection["resolution"]}; maximum-adjustment={protection["maximumAdjustment"]}";
        }

        if (table["countsOncePerValue"] is JsonArray { Count: > 0 } overlapping)
        {
            http.Response.Headers["Hub-Counts-Once-Per-Value"] = string.Join(",", overlapping.Select(d => d!.GetValue<string>()));
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{kind.Name}.csv\"";
        await WriteAsync(http.Response, kind, table, http.RequestAborted);
    }

    // The header, the hashtags, then each cell as it comes and the total last, written as they go.
    private static async Task WriteAsync(HttpResponse response, ExportKind kind, JsonNode table, CancellationToken cancellationToken)
    {
        var groupBy = table["groupBy"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 4096, leaveOpen: true);
        await writer.WriteAsync(CsvText.Row(["level", .. groupBy.Select(Header), .. kind.Measures.Select(m => m.Header)]));
        await writer.WriteAsync(CsvText.Row(["#meta+level", .. groupBy.Select(d => kind.Hashtags[d]), .. kind.Measures.Select(m => m.Hashtag)]));
        foreach (var cell in table["cells"]!.AsArray())
        {
            var values = cell!["dimensions"]!.AsArray().Select(d => d!["withheld"]?.GetValue<bool>() == true ? Withheld : d["value"]?.GetValue<string>());
            await writer.WriteAsync(CsvText.Row(["cell", .. values, .. Measures(kind, cell)]));
            cancellationToken.ThrowIfCancellationRequested();
        }

        await writer.WriteAsync(CsvText.Row(["total", .. groupBy.Select(_ => (string?)null), .. Measures(kind, table["total"]!)]));
    }

    private static IEnumerable<string?> Measures(ExportKind kind, JsonNode cell) =>
        kind.Measures.Select(m => cell[m.Field] switch
        {
            null => null,
            JsonValue v when v.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
            JsonValue v when v.TryGetValue<long>(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
            JsonValue v when v.TryGetValue<double>(out var number) => number.ToString(CultureInfo.InvariantCulture),
            var other => other.ToString(),
        });

    // COUNTRY_OF_IDENTIFICATION -> countryOfIdentification
    private static string Header(string dimension) =>
        string.Concat(dimension.ToLowerInvariant().Split('_').Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private Inputs? Variables(IQueryCollection query)
    {
        if (query.Keys.Any(k => !Parameters.Contains(k, StringComparer.Ordinal)) || query.Any(p => p.Value.Count > 1))
        {
            return null;
        }

        var groupBy = query.TryGetValue("groupBy", out var names) && !StringValues.IsNullOrEmpty(names)
            ? names.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
        var json = new JsonObject { ["groupBy"] = new JsonArray([.. groupBy.Select(n => (JsonNode)n)]) };
        try
        {
            if (query.TryGetValue("where", out var where) && !StringValues.IsNullOrEmpty(where))
            {
                json["where"] = JsonNode.Parse(where.ToString());
            }

            return serializer.Deserialize<Inputs>(json.ToJsonString());
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            // Not JSON, nested too deep, a key given twice, text that is no Unicode: not a filter.
            return null;
        }
    }

    private Task RefuseAsync(HttpContext http, string code, string message) =>
        serializer.WriteErrorAsync(http, ResponseMediaType.Json, ErrorCatalogue.StatusOf(code), code, message);
}
