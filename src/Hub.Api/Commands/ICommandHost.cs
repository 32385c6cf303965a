namespace Hub.Api.Commands;

/// <summary>What the commands run on. Nothing is built until the command line has been understood,
/// so that <c>--help</c> and a mistake never start the server or touch the database.</summary>
internal interface ICommandHost
{
    /// <summary>Runs <paramref name="command"/> on the Hub's services and answers its exit code.</summary>
    Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> command, CancellationToken cancellationToken);

    /// <summary>Runs the server until it is stopped.</summary>
    Task<int> ServeAsync(CancellationToken cancellationToken);
}
