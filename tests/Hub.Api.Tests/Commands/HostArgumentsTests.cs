using Hub.Api.Commands;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Commands;

/// <summary>Which tokens of a command line the commands take, and which reach the host's configuration.</summary>
public sealed class HostArgumentsTests
{
    private static readonly ServicesHost Unused = new(new ServiceCollection().BuildServiceProvider());

    [Theory]
    [InlineData("--Database:Provider PostgreSql migrate", "migrate")]
    [InlineData("--Database:Provider=PostgreSql migrate", "migrate")]
    [InlineData("migrate --Database:Provider PostgreSql", "migrate")]
    [InlineData("migrate --Database:Provider=PostgreSql", "migrate")]
    [InlineData("seed --Database:Provider PostgreSql --size 10", "seed --size 10")]
    [InlineData("documents only --agency NGA-MOL --Database:Provider PostgreSql on", "documents only --agency NGA-MOL on")]
    [InlineData("documents register --agency=NGA-MOL --name --Database:Provider=PostgreSql --Database:Provider PostgreSql --file f", "documents register --agency=NGA-MOL --name --Database:Provider=PostgreSql --file f")]
    [InlineData("purge --dry-run --Database:Provider PostgreSql --before 2024-01-01", "purge --dry-run --before 2024-01-01")]
    [InlineData("--Database:Provider PostgreSql", "")]
    public void Settings_InEitherForm_AnywhereOnTheLine_ReachConfiguration(string line, string command)
    {
        var split = HostArguments.Split(new HubRootCommand(Unused), line.Split(' '));

        Assert.Equal("PostgreSql", Configuration(split)["Database:Provider"]);
        Assert.Equal(command, string.Join(' ', split.Command));
    }

    [Fact]
    public void HostSettings_TakeTheNextToken_AsTheirValue()
    {
        var split = HostArguments.Split(new HubRootCommand(Unused), ["--urls", "http://0.0.0.0:8080", "--environment", "Production", "--Hub:Mode", "seed"]);
        var configuration = Configuration(split);

        Assert.Empty(split.Command);
        Assert.Equal("http://0.0.0.0:8080", configuration["urls"]);
        Assert.Equal("Production", configuration["environment"]);
        Assert.Equal("seed", configuration["Hub:Mode"]);
    }

    [Fact]
    public async Task ASettingWithoutAValue_IsAMistake_NotIgnored()
    {
        Assert.Equal(HubCommandLine.UsageError, await HubCommandLine.RunAsync(["migrate", "--Database:Provider"], Unused));
    }

    // "--verbose --dry-run" is an unknown option, refused, not the setting "verbose" swallowing the
    // flag that keeps a purge from deleting.
    [Theory]
    [InlineData("purge", "--before", "2024-01-01", "--verbose", "--dry-run")]
    [InlineData("purge", "--before", "2024-01-01", "--dry-run", "--force", "--Hub:DataFolder=/nowhere")]
    public async Task AnUnknownOption_BeforeAnotherOption_IsRefused_NotGivenItAsItsValue(params string[] args)
    {
        var split = HostArguments.Split(new HubRootCommand(Unused), args);

        Assert.Contains("--dry-run", split.Command);
        Assert.Equal(HubCommandLine.UsageError, await HubCommandLine.RunAsync(args, Unused));
    }

    private static IConfigurationRoot Configuration(HostArguments split) =>
        new ConfigurationBuilder().AddCommandLine([.. split.Configuration]).Build();
}
