using Hub.Api.Hosting;
using Hub.Api.Options;
using Microsoft.Extensions.Options;

namespace Hub.Api.Commands;

/// <summary>The Hub's own host, built from the configuration part of the command line.</summary>
internal sealed class HubHost : ICommandHost
{
    /// <summary>The host's settings from the command line (<c>--urls X</c>, <c>--Section:Key=value</c>),
    /// known once the commands have taken their own tokens.</summary>
    public IReadOnlyList<string> Configuration { get; set; } = [];

    public async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        await using var app = Build();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        return await command(app.Services, stopping.Token);
    }

    public async Task<int> ServeAsync(CancellationToken cancellationToken)
    {
        var app = Build();
        app.MapHub();
        var hub = app.Services.GetRequiredService<IOptions<HubOptions>>().Value;
        if (hub.PrepareDatabaseOnStart)
        {
            await DatabasePreparation.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
            await DatabasePreparation.SeedAsync(app.Services, hub.DemoCaseCount, app.Lifetime.ApplicationStopping);
        }

        // RunAsync disposes the host; the host, not the command line, answers Ctrl+C and SIGTERM.
        await app.RunAsync();
        return 0;
    }

    private WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder([.. Configuration]);
        builder.AddHub();
        return builder.Build();
    }
}
