using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hub.Api.GraphQL.Http;
using Hub.Api.Hosting;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Writes;
using Hub.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Hub.Api.Tests.Health;

/// <summary>DESIGN §6: logs, traces and metrics carry no personal data. Case reads, writes and
/// failures run with every log category at Trace and every span and measure recorded; nothing
/// captured holds an IDENTITY value or other case data (a reference), of the demo cases or of those
/// written here, while the Hub's own telemetry says what it did.</summary>
public sealed partial class TelemetryPrivacyTests(TelemetryPrivacyTests.Factory hub) : IClassFixture<TelemetryPrivacyTests.Factory>
{
    private readonly HttpClient _client = hub.CreateDefaultClient(new InTrace(hub.Trace));

    [Fact]
    public async Task ReadsWritesAndFailures_LeaveNoCaseValue_InLogsTracesOrMetrics()
    {
        hub.Clear();
        await RunEverythingAsync();
        var values = await CaseValuesAsync();

        var captured = hub.Captured();

        Assert.True(values.Count > 1000, $"only {values.Count} case values to look for");
        Assert.Empty(values.Where(v => captured.Contains(v, StringComparison.Ordinal)).Select(v => $"'{v}' in {Around(captured, v)}"));
        // The same run told what it did.
        Assert.Contains("graphql.operation.name=Cases", captured, StringComparison.Ordinal);
        Assert.Contains("hub.document.hash=sha256:", captured, StringComparison.Ordinal);
        Assert.Contains("hub.error.codes=INVALID_FILTER", captured, StringComparison.Ordinal);
        Assert.Contains("hub.disclosures=", captured, StringComparison.Ordinal);
        Assert.Contains("hub.sql.commands=", captured, StringComparison.Ordinal);
        Assert.Contains("metric hub.disclosures.written", captured, StringComparison.Ordinal);
        Assert.Contains("metric hub.graphql.errors", captured, StringComparison.Ordinal);
        Assert.Contains("Microsoft.EntityFrameworkCore.Database.Command", captured, StringComparison.Ordinal);
        Assert.Contains("span Microsoft.AspNetCore", captured, StringComparison.Ordinal);
        if (HubFactory.OnPostgreSql)
        {
            Assert.Contains("span Npgsql", captured, StringComparison.Ordinal);
        }
    }

    // The check above can fail: a value logged or traced on purpose is found.
    [Fact]
    public async Task AnIdentityValue_LoggedOrTracedOnPurpose_IsFound()
    {
        var values = await CaseValuesAsync();
        var givenName = values.First(v => v.All(char.IsLetter));
        hub.Clear();

        Planted(hub.Services.GetRequiredService<ILogger<GraphQLEndpoint>>(), givenName);
        var logged = hub.Captured();
        hub.Clear();
        using (var span = new ActivitySource(HubTelemetry.Name).StartActivity("planted", ActivityKind.Internal, new ActivityContext(hub.Trace, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded)))
        {
            span?.SetTag("planted", givenName);
        }

        var traced = hub.Captured();

        Assert.Contains(givenName, logged, StringComparison.Ordinal);
        Assert.Contains(givenName, traced, StringComparison.Ordinal);
    }

    private async Task RunEverythingAsync()
    {
        var owner = await _client.DevTokenAsync(WellKnownAgencies.NigeriaShelter, ["Cases.Read", "Cases.ReadIdentity", "Cases.Write"]);
        var ministry = await _client.DevTokenAsync(WellKnownAgencies.NigeriaMinistry, ["Cases.Read"]);
        // A name long enough to be looked for (see CaseValuesAsync).
        var someone = await hub.WithDbAsync(db => db.Cases.Where(c => c.GivenName!.Length >= 6 && c.OwnerAgency!.Code == WellKnownAgencies.NigeriaShelter)
            .Select(c => new { c.Id, c.GivenName, c.Reference }).FirstAsync());

        // Reads: a page with every identity field, by POST and by GET with the document and its
        // variables in the query string; a filter on a name and on a reference; one case by id.
        const string page = "query Cases($purpose: Purpose!, $where: CaseFilterInput) { cases(purpose: $purpose, first: 50, where: $where) { nodes { " + WriteCalls.CaseFields + " } } }";
        await _client.PostAsync(page, owner, new { purpose = "ASSISTANCE" });
        await _client.PostAsync(page, owner, new { purpose = "ASSISTANCE", where = new { givenName = new { eq = someone.GivenName } } });
        await _client.PostAsync(page, owner, new { purpose = "ASSISTANCE", where = new { reference = new { contains = someone.Reference } } });
        var variables = JsonSerializer.Serialize(new { purpose = "ASSISTANCE", where = new { givenName = new { eq = someone.GivenName } } });
        using (var get = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(page)}&variables={Uri.EscapeDataString(variables)}"))
        {
            await _client.SendAsync(get, owner);
        }

        await _client.PostAsync(WriteCalls.ReadCase, owner, new { id = someone.Id, purpose = "ASSISTANCE" });
        await _client.PostAsync(WriteCalls.ReadCase, ministry, new { id = someone.Id, purpose = "ASSISTANCE" });
        // A name written into the document itself, as a literal.
        await _client.PostAsync($$"""{ cases(purpose: ASSISTANCE, first: 5, where: { givenName: { eq: "{{someone.GivenName}}" } }) { nodes { givenName } } }""", owner);

        // Writes: a case registered with every field, then changed.
        var registered = await _client.PostAsync(WriteCalls.RegisterCase, owner, new { input = WriteCalls.FullCase(hub.Now, "Zuleikha") });
        var id = registered.Data!["registerCase"]!["case"]!["id"]!.GetValue<string>();
        await _client.PostAsync(WriteCalls.UpdateCase, owner, new { input = new { id, version = 1, familyName = "Adebayo-Quist", phone = "+234 809 555 0199" } });

        // Failures: a filter refused, a value of the wrong type, a write refused, no token, a body
        // that is not JSON, each naming case values.
        await _client.PostAsync(page, owner, new { purpose = "ASSISTANCE", where = new { givenName = new { contains = (string?)null }, familyName = new { contains = "Okafor" } } });
        await _client.PostAsync(WriteCalls.RegisterCase, owner, new { input = new Dictionary<string, object?>(WriteCalls.FullCase(hub.Now, "Oluwaseun")) { ["dateOfBirth"] = "Oluwaseun-Babatunde" } });
        await _client.PostAsync(WriteCalls.RegisterCase, ministry, new { input = WriteCalls.FullCase(hub.Now, "Chinwendu") });
        await _client.PostAsync(page, null, new { purpose = "ASSISTANCE", where = new { givenName = new { eq = someone.GivenName } } });
        using var broken = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query": "{ cases(purpose: ASSISTANCE) { nodes { id } } }", "variables": {"name": "{{someone.GivenName}}" """, Encoding.UTF8, "application/json"),
        };
        await _client.SendAsync(broken, owner);
    }

    // Every IDENTITY value and reference in the database, and the values written or sent above;
    // dates as the Hub writes them. Short values (a two-letter name) would match anything.
    private async Task<HashSet<string>> CaseValuesAsync()
    {
        var cases = await hub.WithDbAsync(db => db.Cases.Select(c => new { c.GivenName, c.FamilyName, c.Phone, c.CurrentLocation, c.DocumentNumber, c.DateOfBirth, c.Reference }).ToListAsync());
        string?[] sent = ["Zuleikha", "Adebayo-Quist", "+234 809 555 0199", "Oluwaseun", "Oluwaseun-Babatunde", "Chinwendu", "Okafor", "Shelter 3, Lagos", "A01234567", "+234 801 234 5678"];
        return
        [
            .. cases.SelectMany(c => new[] { c.GivenName, c.FamilyName, c.Phone, c.CurrentLocation, c.DocumentNumber, c.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Reference })
                .Concat(sent)
                .OfType<string>()
                .Where(v => v.Length >= 5),
        ];
    }

    [LoggerMessage(LogLevel.Information, "Looking at {Name}")]
    private static partial void Planted(ILogger logger, string name);

    private static string Around(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        return text[Math.Max(0, at - 300)..Math.Min(text.Length, at + value.Length + 100)];
    }

    /// <summary>Sends each request as part of one trace, as a caller that propagates its own does.</summary>
    private sealed class InTrace(ActivityTraceId trace) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>A Hub with every log category at Trace into a capture, and every span and measure
    /// of its telemetry recorded in memory. Listeners of spans are process-wide: the spans kept are
    /// those of the trace this class's requests carry, not those of Hubs other tests run alongside
    /// (their seeding writes demo values as SQL literals).</summary>
    public sealed class Factory : HubFactory
    {
        private readonly List<Activity> _spans = [];

        public ActivityTraceId Trace { get; } = ActivityTraceId.CreateRandom();
        private readonly List<Metric> _metrics = [];
        private readonly CapturingLoggerProvider _logs = new();

        public void Clear()
        {
            Services.GetRequiredService<MeterProvider>().ForceFlush();
            lock (_spans)
            {
                _spans.Clear();
            }

            _metrics.Clear();
            _logs.Entries.Clear();
        }

        /// <summary>Everything captured, as one text: log lines with their state, scopes and
        /// exceptions; spans with their names, tags, events and status; measures with their tags.</summary>
        public string Captured()
        {
            Services.GetRequiredService<TracerProvider>().ForceFlush();
            Services.GetRequiredService<MeterProvider>().ForceFlush();
            var text = new StringBuilder();
            foreach (var entry in _logs.Entries)
            {
                text.AppendLine(entry);
            }

            lock (_spans)
            {
                foreach (var span in _spans.Where(s => s.TraceId == Trace))
                {
                    text.Append("span ").Append(span.Source.Name).Append(' ').Append(span.DisplayName).Append(' ').Append(span.StatusDescription).AppendLine();
                    foreach (var (key, value) in span.TagObjects)
                    {
                        text.Append("  ").Append(key).Append('=').Append(value).AppendLine();
                    }

                    foreach (var e in span.Events)
                    {
                        text.Append("  event ").Append(e.Name).AppendJoin(' ', e.Tags.Select(t => $"{t.Key}={t.Value}")).AppendLine();
                    }
                }
            }

            foreach (var metric in _metrics)
            {
                text.Append("metric ").Append(metric.Name).AppendLine();
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    foreach (var tag in point.Tags)
                    {
                        text.Append("  ").Append(tag.Key).Append('=').Append(tag.Value).AppendLine();
                    }
                }
            }

            return text.ToString();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var category in (string[])["Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.EntityFrameworkCore", "Microsoft.IdentityModel", "System", "Npgsql"])
            {
                builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
            }

            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
            builder.ConfigureTestServices(services => services.AddOpenTelemetry().AddHubInstrumentation()
                .WithTracing(t => t.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(new LockedList(_spans)))
                .WithMetrics(m => m.AddInMemoryExporter(_metrics)));
        }

        // The exporter adds from whichever thread ends a span.
        private sealed class LockedList(List<Activity> spans) : ICollection<Activity>
        {
            public int Count => spans.Count;

            public bool IsReadOnly => false;

            public void Add(Activity item)
            {
                lock (spans)
                {
                    spans.Add(item);
                }
            }

            public void Clear() => spans.Clear();

            public bool Contains(Activity item) => spans.Contains(item);

            public void CopyTo(Activity[] array, int arrayIndex) => spans.CopyTo(array, arrayIndex);

            public bool Remove(Activity item) => spans.Remove(item);

            public IEnumerator<Activity> GetEnumerator() => spans.GetEnumerator();

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }

    /// <summary>Every log entry of every category and level, with its message, state, scopes and exception.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var entry = new StringBuilder().Append(logLevel).Append(' ').Append(category).Append(": ").Append(formatter(state, exception));
                if (state is IEnumerable<KeyValuePair<string, object?>> values)
                {
                    entry.AppendJoin(' ', values.Select(v => $"{v.Key}={v.Value}"));
                }

                provider._scopes.ForEachScope((scope, text) => text.Append(" scope ").Append(scope), entry);
                if (exception is not null)
                {
                    entry.Append(' ').Append(exception);
                }

                provider.Entries.Enqueue(entry.ToString());
            }
        }
    }
}
