using Hub.Api.Commands;

return await HubCommandLine.RunAsync(args);

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
