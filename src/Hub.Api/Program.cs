using Hub.Api.Commands;
using Hub.Api.Hosting;
using Hub.Api.Options;
using Microsoft.Extensions.Options;

var line = HubCommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(line.ConfigurationArgs);
builder.AddHub();
var app = builder.Build();

if (line.Command is not null)
{
    return await HubCommands.RunAsync(app, line);
}

app.MapHub();
var hub = app.Services.GetRequiredService<IOptions<HubOptions>>().Value;
if (hub.PrepareDatabaseOnStart)
{
    await DatabasePreparation.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
    await DatabasePreparation.SeedAsync(app.Services, hub.DemoCaseCount, app.Lifetime.ApplicationStopping);
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
