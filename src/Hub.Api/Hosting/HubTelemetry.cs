using System.Diagnostics;
using System.Diagnostics.Metrics;
using Azure.Monitor.OpenTelemetry.Exporter;
using GraphQL;
using Hub.Api.Disclosures;
using Hub.Api.GraphQL.Http;
using Hub.Api.TrustedDocuments;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hub.Api.Hosting;

/// <summary>What the Hub tells of its work through OpenTelemetry: the spans of requests and of
/// their SQL commands, and its own measures. Names, codes, ids, hashes and counts only, never a
/// value of a case: not the GraphQL document (whose literals can hold anything), not a query
/// string, not an SQL parameter.</summary>
internal static class HubTelemetry
{
    public const string Name = "Hub";

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("hub.graphql.requests", "{request}",
        "GraphQL requests answered, by operation type and by outcome: ok, or the first error code of the answer.");

    private static readonly Counter<long> Errors = Meter.CreateCounter<long>("hub.graphql.errors", "{error}",
        "Errors in GraphQL answers, refusals included, by code.");

    private static readonly Counter<long> Disclosures = Meter.CreateCounter<long>("hub.disclosures.written", "{case}",
        "Disclosure rows written: one per case a response disclosed.");

    private static readonly Counter<long> Reads = Meter.CreateCounter<long>("hub.database.reads", "{request}",
        "GraphQL queries of an instance with a read replica, by the database they read: replica or primary.");

    private static readonly Histogram<long> SqlCommands = Meter.CreateHistogram<long>("hub.sql.commands", "{command}",
        "SQL commands one GraphQL request sent.");

    /// <summary>Turns telemetry on when it has somewhere to go: an OTLP endpoint
    /// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, with the other standard <c>OTEL_*</c> variables) or Azure
    /// Monitor (<c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>). Without either, nothing is recorded.</summary>
    public static WebApplicationBuilder AddHubTelemetry(this WebApplicationBuilder builder)
    {
        // The hosting layer's "Request starting" line names the query string, where a GET carries
        // its document and variables: it is kept off at any configured level, for every provider
        // (a rule for one provider would otherwise win over a rule for all).
        const string hosting = "Microsoft.AspNetCore.Hosting.Diagnostics";
        builder.Logging.AddFilter(hosting, LogLevel.Warning)
            .AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(hosting, LogLevel.Warning)
            .AddFilter<Microsoft.Extensions.Logging.Debug.DebugLoggerProvider>(hosting, LogLevel.Warning)
            .AddFilter<Microsoft.Extensions.Logging.EventSource.EventSourceLoggerProvider>(hosting, LogLevel.Warning)
            .AddFilter<OpenTelemetry.Logs.OpenTelemetryLoggerProvider>(hosting, LogLevel.Warning);

        var otlp = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 };
        var azureMonitor = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"] is { Length: > 0 } connection ? connection : null;
        if (!otlp && azureMonitor is null)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry().AddHubInstrumentation();
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (azureMonitor is not null)
        {
            telemetry.UseAzureMonitorExporter(o => o.ConnectionString = azureMonitor);
        }

        return builder;
    }

    /// <summary>The Hub's sources of spans, measures and logs, whatever they are exported to.</summary>
    public static IOpenTelemetryBuilder AddHubInstrumentation(this IOpenTelemetryBuilder telemetry)
    {
        telemetry.ConfigureResource(r => r.AddService("hub"))
            .WithTracing(t => t
                .AddSource(Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    // The query string holds a GET's document and variables.
                    o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                    o.RecordException = false;
                })
                .AddSqlClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(m => m
                .AddMeter(Name)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation())
            .WithLogging();
        return telemetry;
    }

    /// <summary>A GraphQL answer about to leave: its operation, its document's hash and its error
    /// codes on the request's span, and counted.</summary>
    public static void Answered(GraphQLExchange exchange, ExecutionResult result)
    {
        var span = RecordedSpan();
        if (span is null && !Requests.Enabled && !Errors.Enabled)
        {
            return;
        }

        var type = result.Operation?.Operation.ToString().ToLowerInvariant() ?? "none";
        var codes = result.Errors?.Select(e => e.Code ?? "UNKNOWN").Distinct().ToList() ?? [];
        Requests.Add(1, new("graphql.operation.type", type), new("hub.outcome", codes.FirstOrDefault() ?? "ok"));
        foreach (var code in codes)
        {
            Errors.Add(1, new KeyValuePair<string, object?>("hub.error.code", code));
        }

        span?.SetTag("graphql.operation.type", type);
        span?.SetTag("graphql.operation.name", result.Operation?.Name?.StringValue ?? exchange.Request.OperationName);
        span?.SetTag("hub.document.hash", exchange.Query is { } query ? DocumentIdentifier.Of(query) : null);
        span?.SetTag("hub.error.codes", codes.Count > 0 ? string.Join(',', codes) : null);
    }

    /// <summary>The disclosure rows of an answer that leaves with them kept, and the purposes
    /// the cases were read for.</summary>
    public static void Disclosed(DisclosureCollector disclosed)
    {
        var span = RecordedSpan();
        if (disclosed.IsEmpty || (span is null && !Disclosures.Enabled))
        {
            return;
        }

        var rows = disclosed.Entries.ToList();
        Disclosures.Add(rows.Count);
        span?.SetTag("hub.disclosures", rows.Count);
        span?.SetTag("hub.purposes", string.Join(',', rows.Select(r => r.Purpose.ToString()).Distinct().Order(StringComparer.Ordinal)));
    }

    /// <summary>Whether a query of an instance with a read replica read the replica or the primary.</summary>
    public static void ReadFrom(bool replica)
    {
        Reads.Add(1, new KeyValuePair<string, object?>("hub.database", replica ? "replica" : "primary"));
        RecordedSpan()?.SetTag("hub.database", replica ? "replica" : "primary");
    }

    /// <summary>The SQL commands a finished GraphQL request sent.</summary>
    public static void SentCommands(long commands)
    {
        SqlCommands.Record(commands);
        RecordedSpan()?.SetTag("hub.sql.commands", commands);
    }

    // The request's span when it is recorded: with no telemetry configured, none is, and nothing
    // above is computed for it.
    private static Activity? RecordedSpan() => Activity.Current is { IsAllDataRequested: true } span ? span : null;
}
