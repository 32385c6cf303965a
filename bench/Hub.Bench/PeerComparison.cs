using System.Text.Json;

namespace Hub.Bench;

/// <summary>One wrk run of one side, with the CPU each process used meanwhile (milliseconds).</summary>
internal sealed record PeerRun(WrkRun Wrk, double HubCpu, double PeerCpu, double PostgresCpu);

/// <summary>pgbench's transactions per second with that many clients, or why there are none.</summary>
internal sealed record PgbenchRun(double? PerSecond, int Clients, string? Problem);

/// <summary>A scenario at one number of connections: the rounds of each side, and pgbench.</summary>
internal sealed record PeerResult(PeerScenario Scenario, int Connections, List<PeerRun> Hub, List<PeerRun> Peer, PgbenchRun? Pgbench = null);

/// <summary>The Hub and PostGraphile over the same database, on matched queries, measured in
/// alternation so that whatever else the machine does falls on both alike.</summary>
internal static class PeerComparison
{
    public static async Task<int> RunAsync(BenchOptions options, HubProcess hub, string repositoryRoot, string commandLine, CancellationToken cancellationToken)
    {
        await using var server = PostgresServer.Open(options.ConnectionString!);
        await PeerProcess.EnsureInstalledAsync(repositoryRoot, cancellationToken);
        var wrk = await Wrk.PrepareAsync(repositoryRoot, cancellationToken);
        var folder = Path.Combine(options.DataFolder, "peer");
        Directory.CreateDirectory(folder);

        var scenarios = PeerScenarios.For(
                await server.AgencyIdAsync(PeerScenarios.Shelter, cancellationToken),
                await server.AgencyIdAsync(PeerScenarios.Ministry, cancellationToken))
            .Where(s => options.Only is null || options.Only.Contains(s.Name)).ToList();
        var postmaster = await server.PostmasterPidAsync(cancellationToken);

        Console.WriteLine("Reading the Hub's statements from the server's log, for pgbench...");
        Dictionary<string, (string? Script, string? Problem)> scripts;
        try
        {
            scripts = await StatementCapture.CaptureAsync(options, server, postmaster, scenarios, folder, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The comparison stands without pgbench's column.
            scripts = scenarios.ToDictionary(s => s.Name, _ => ((string?)null, (string?)$"the statements could not be read: {e.Message}"));
        }

        foreach (var (name, (_, problem)) in scripts.Where(s => s.Value.Problem is not null))
        {
            Console.WriteLine($"No pgbench for {name}: {problem}");
        }

        await using var peer = await PeerProcess.StartAsync(repositoryRoot, server.Url, Path.Combine(folder, "postgraphile.log"), cancellationToken);
        var report = new PeerReport(options, commandLine, scripts)
        {
            PostgresVersion = await server.VersionAsync(cancellationToken),
            NodeVersion = (await ExternalCommand.RunAsync(PeerProcess.Node(repositoryRoot), ["--version"], cancellationToken)).Output.Trim(),
            PostGraphileVersion = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(PeerProcess.Folder(repositoryRoot), "node_modules", "postgraphile", "package.json"), cancellationToken))
                .RootElement.GetProperty("version").GetString()!,
            WrkVersion = await Wrk.VersionAsync(cancellationToken),
            PeerStartup = peer.Startup,
            CountsPostgres = postmaster is not null,
            HubPoolSize = server.Settings.MaxPoolSize,
        };
        Console.WriteLine($"PostGraphile {report.PostGraphileVersion} is ready on Node {report.NodeVersion} ({peer.Startup.TotalSeconds:N1} s).");

        using var http = new HttpClient { BaseAddress = hub.Url, Timeout = TimeSpan.FromMinutes(2) };
        using var peerHttp = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var client = new BenchClient(http);
        foreach (var scenario in scenarios)
        {
            var token = await client.TokenAsync(scenario.Hub.Agency, scenario.Hub.Roles);
            var hubBody = Path.Combine(folder, $"{scenario.Name}.hub.json");
            var peerBody = Path.Combine(folder, $"{scenario.Name}.peer.json");
            await File.WriteAllTextAsync(hubBody, await client.BodyAsync(scenario.Hub), cancellationToken);
            await File.WriteAllTextAsync(peerBody, JsonSerializer.Serialize(new { query = scenario.PeerQuery }), cancellationToken);

            var (hubStatus, hubAnswer) = await client.SendAsync(token, await File.ReadAllTextAsync(hubBody, cancellationToken));
            using var peerContent = new StringContent(await File.ReadAllTextAsync(peerBody, cancellationToken), System.Text.Encoding.UTF8, "application/json");
            using var peerResponse = await peerHttp.PostAsync(peer.Url, peerContent, cancellationToken);
            var hubNodes = GraphQLAnswer.Nodes($"The Hub ({scenario.Name})", hubStatus, hubAnswer);
            var peerNodes = GraphQLAnswer.Nodes($"PostGraphile ({scenario.Name})", (int)peerResponse.StatusCode, await peerResponse.Content.ReadAsStringAsync(cancellationToken));
            report.Nodes[scenario.Name] = (hubNodes, peerNodes);

            foreach (var connections in options.Connections)
            {
                async Task<PeerRun> MeasureAsync(bool isHub, int seconds)
                {
                    var before = Cpu(hub, peer, postmaster);
                    var run = await wrk.RunAsync(isHub ? new Uri(hub.Url, "/graphql") : peer.Url, isHub ? hubBody : peerBody, isHub ? token : null, connections, seconds, cancellationToken);
                    var after = Cpu(hub, peer, postmaster);
                    return new PeerRun(run, after.Hub - before.Hub, after.Peer - before.Peer, after.Postgres - before.Postgres);
                }

                // The Hub's JIT and both sides' pools and plan caches settle before the first round:
                // under full load the JIT's optimising tier takes seconds to reach every method.
                await MeasureAsync(isHub: true, options.Seconds);
                await MeasureAsync(isHub: false, options.Seconds);

                var result = new PeerResult(scenario, connections, [], []);
                for (var round = 0; round < options.Rounds; round++)
                {
                    var hubFirst = round % 2 == 0;
                    var first = await MeasureAsync(hubFirst, options.Seconds);
                    var second = await MeasureAsync(!hubFirst, options.Seconds);
                    result.Hub.Add(hubFirst ? first : second);
                    result.Peer.Add(hubFirst ? second : first);
                }

                result = result with { Pgbench = await PgbenchAsync(server, scripts[scenario.Name], connections, options.Seconds, cancellationToken) };
                report.Add(result);
            }
        }

        await report.WriteAsync(cancellationToken);
        return report.Failed ? 1 : 0;
    }

    private static (double Hub, double Peer, double Postgres) Cpu(HubProcess hub, PeerProcess peer, int? postmaster) =>
        (ProcessCpu.Of(hub.Pid), ProcessCpu.Of(peer.Pid), postmaster is { } pid ? ProcessCpu.OfTree(pid) : double.NaN);

    // pgbench opens all its connections at once: as many as wrk had, within what the server has free.
    private static async Task<PgbenchRun> PgbenchAsync(PostgresServer server, (string? Script, string? Problem) script, int connections, int seconds, CancellationToken cancellationToken)
    {
        if (script.Script is null)
        {
            return new PgbenchRun(null, 0, script.Problem);
        }

        var clients = Math.Max(1, Math.Min(connections, await server.FreeConnectionsAsync(cancellationToken) - 5));
        var (perSecond, problem) = await Pgbench.RunAsync(server, script.Script, clients, seconds, cancellationToken);
        return new PgbenchRun(perSecond, clients, problem);
    }
}
