using System.Net;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Commands;

/// <summary>The executable's command line, run as an operator runs it: Hub.Api.dll in a process of its own.</summary>
public sealed class CommandLineProcessTests
{
    // In the = form, which any parser passes to configuration: had a command started the server,
    // it would listen on a port of its own and create the data folder.
    private static readonly string[] Sandbox = ["--environment=Development", "--Hub:DataFolder={data}", "--Hub:DemoCaseCount=0", "--urls=http://127.0.0.1:0"];

    [Theory]
    [InlineData(" ")]
    [InlineData("=")]
    public async Task HostSettings_InEitherForm_ReachTheServer(string separator)
    {
        var url = $"http://127.0.0.1:{HubProcess.FreePort()}";
        string[] settings = [.. Setting("--environment", "Development"), .. Setting("--Hub:DataFolder", "{data}"), .. Setting("--Hub:DemoCaseCount", "0"), .. Setting("--urls", url)];
        await using var hub = HubProcess.Start(settings);

        using var response = await hub.GetWhenListeningAsync(url + "/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Development prepares the database in the data folder given on the command line.
        Assert.True(File.Exists(Path.Combine(hub.DataFolder, "hub.db")));

        string[] Setting(string key, string value) => separator == "=" ? [$"{key}={value}"] : [key, value];
    }

    [Fact]
    public async Task The_import_command_writes_an_agencys_file_and_reports_a_faulty_one_row_by_row()
    {
        var folder = Directory.CreateTempSubdirectory("hub-import-").FullName;
        try
        {
            string[] settings = ["--environment=Development", $"--Hub:DataFolder={folder}"];
            var file = Path.Combine(folder, "projects.csv");
            await File.WriteAllTextAsync(file, "code,title,donor,starts_on,ends_on,status,focus,countries\nCLI-0001,Hotline,Fund,2026-01-01,2026-12-31,ONGOING,PROTECTION,NGA\n");
            var faulty = Path.Combine(folder, "faulty.csv");
            await File.WriteAllTextAsync(faulty, "code,title,donor,starts_on,ends_on,status,focus,countries\nCLI-0002,Hotline,Fund,2026-12-31,2026-01-01,ONGOING,PROTECTION,NGA\n");

            var seeded = await HubProcess.RunAsync(["seed", "--size", "1", .. settings]);
            var imported = await HubProcess.RunAsync(["import", "projects", file, "--agency", "NGA-SHSN", .. settings]);
            var again = await HubProcess.RunAsync(["import", "projects", file, "--agency", "NGA-SHSN", .. settings]);
            var refused = await HubProcess.RunAsync(["import", "projects", faulty, "--agency", "NGA-SHSN", .. settings]);
            var stranger = await HubProcess.RunAsync(["import", "projects", file, "--agency", "NO-SUCH", .. settings]);

            Assert.True(seeded.ExitCode == 0, seeded.Error);
            Assert.True(imported.ExitCode == 0, imported.Error);
            Assert.StartsWith("1 row(s): 1 created, 0 updated, 0 unchanged", imported.Output, StringComparison.Ordinal);
            Assert.StartsWith("1 row(s): 0 created, 0 updated, 1 unchanged", again.Output, StringComparison.Ordinal);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("2,ends_on,DATES_OUT_OF_ORDER,", refused.Error, StringComparison.Ordinal);
            Assert.Equal(2, stranger.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("migrate --help")]
    [InlineData("seed --help")]
    [InlineData("dev-token --help")]
    [InlineData("schema --help")]
    [InlineData("schema export --help")]
    [InlineData("documents --help")]
    [InlineData("documents register --help")]
    [InlineData("documents revoke -h")]
    [InlineData("documents list --help")]
    [InlineData("documents only --help")]
    [InlineData("import --help")]
    [InlineData("import projects --help")]
    [InlineData("import activities -h")]
    [InlineData("probe --help")]
    [InlineData("purge --help")]
    public async Task Help_PrintsUsage_AndTouchesNothing(string command)
    {
        var words = command.Split(' ');

        var (exitCode, output, error, dataFolderCreated) = await HubProcess.RunAsync([.. words, .. Sandbox]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains(string.Join(' ', ["Hub.Api", .. words.SkipLast(1)]), output, StringComparison.Ordinal);
        Assert.False(dataFolderCreated);
    }

    [Theory]
    [InlineData("documents list", "--agency")]
    [InlineData("documents register --file schema.graphql", "--agency")]
    [InlineData("documents", "Required command")]
    [InlineData("dev-token --roles Cases.Read", "--agency")]
    [InlineData("seed --size many", "'many'")]
    [InlineData("seed --size 0", "'0'")]
    [InlineData("documents only --agency NGA-MOL maybe", "maybe")]
    [InlineData("documents register --agency NGA-MOL --file no-such.graphql", "no-such.graphql")]
    [InlineData("no-such-command", "no-such-command")]
    [InlineData("probe localhost:8080/health/live", "absolute http or https URL")]
    [InlineData("probe ftp://127.0.0.1/health/live", "absolute http or https URL")]
    [InlineData("purge --before 2024-13-01", "'2024-13-01'")]
    [InlineData("purge --before 1.1.2024", "'1.1.2024'")]
    [InlineData("purge --before 2024-01-01 --dry-run maybe", "maybe")]
    public async Task AWrongOrMissingArgument_IsNamed_WithTheUsage(string command, string named)
    {
        var (exitCode, output, error, dataFolderCreated) = await HubProcess.RunAsync([.. command.Split(' '), .. Sandbox]);

        Assert.Equal(2, exitCode);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains("Usage:", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("No agency with code ''", error, StringComparison.Ordinal);
        Assert.False(dataFolderCreated);
    }

    // The container's health check: the Hub asks itself, since the runtime image has no curl.
    [Fact]
    public async Task Probe_ExitsWithZero_WhenTheHubAnswers_AndWithOne_WhenNothingDoes()
    {
        var url = $"http://127.0.0.1:{HubProcess.FreePort()}";
        await using var hub = HubProcess.Start([.. Sandbox.SkipLast(1), $"--urls={url}"]);
        using var live = await hub.GetWhenListeningAsync(url + "/health/live");

        var answered = await HubProcess.RunAsync("probe", url + "/health/live");
        var missing = await HubProcess.RunAsync("probe", url + "/no-such-page");
        var nobody = await HubProcess.RunAsync("probe", $"http://127.0.0.1:{HubProcess.FreePort()}/health/live");

        Assert.True(answered.ExitCode == 0, answered.Error);
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains("No answer", nobody.Error, StringComparison.Ordinal);
        Assert.False(answered.DataFolderCreated);
    }

    // Microsoft.Identity.Web reads these per request: without them every request, the health
    // check's included, would fail with a 500 instead of the Hub refusing to start.
    [Theory]
    [InlineData("--AzureAd:Instance=", "AzureAd:Instance must")]
    [InlineData("--AzureAd:Instance=http://login.example.org/", "AzureAd:Instance must")]
    [InlineData("--AzureAd:TenantId=", "AzureAd:TenantId must")]
    public async Task AnEntraSettingMissing_StopsTheHubAtStart(string setting, string named)
    {
        var (exitCode, _, error, _) = await HubProcess.RunAsync([.. Sandbox, setting]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }
}
