using System.Collections.Concurrent;
using System.Data.Common;
using Hub.Data.Entities;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Stands in for a database server: never connects, keeps each statement the Hub sends
/// (as the Hub's own interceptors leave it) while <see cref="Capture"/> is on, and answers it with
/// one made-up row, so that a request goes on to the statements that depend on rows (a page's
/// loaders, its disclosure log).</summary>
/// <remarks>Two statements get answers of their own: the registry's read of the caller's tenant,
/// which names <see cref="Agency"/> as an active agency with every role; and a count, which is
/// <see cref="CountOf"/> of it (how many consents name the caller decides how a page of cases is
/// found).</remarks>
public sealed partial class StandInDatabase : IDbConnectionInterceptor, IDbCommandInterceptor
{
    public static readonly Guid Agency = new("a9e0c3f1-6b52-4d7e-8f10-2c3b4a5d6e7f");

    // What CallerResolver's compiled query selects, table aliases aside.
    private const string RegistryRead = "SELECT TOP(2) [Id], [Code], [Kind], [CountryCode], [Status], [TrustedDocumentsOnly], [RoleCeiling]";

    public bool Capture { get; set; }

    public ConcurrentQueue<SentStatement> Captured { get; } = new();

    public Func<DbCommand, long> CountOf { get; set; } = _ => 0;

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command));

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command)));

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        InterceptionResult<int>.SuppressWithResult(Keep(command, 1));

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(Keep(command, 1)));

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        InterceptionResult<object>.SuppressWithResult(Keep<object>(command, 1));

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(Keep<object>(command, 1)));

    private StandInRow Answer(DbCommand command)
    {
        Keep(command, 0);
        var text = command.CommandText;
        var selected = text.IndexOf("FROM ", StringComparison.Ordinal) is var from and > 0 ? Alias().Replace(text[..from], "").Trim() : "";
        if (selected == RegistryRead && text.Contains("FROM [AgencyTenants]", StringComparison.Ordinal))
        {
            return new StandInRow([Agency, "NGA-STANDIN", nameof(AgencyKind.Ngo), "NGA", nameof(AgencyStatus.Active), false, HubRoles.Ceiling(HubRoles.All)]);
        }

        return text.StartsWith("SELECT COUNT", StringComparison.Ordinal) ? new StandInRow([CountOf(command)]) : new StandInRow(null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\w+\]\.")]
    private static partial System.Text.RegularExpressions.Regex Alias();

    private T Keep<T>(DbCommand command, T answer)
    {
        if (Capture)
        {
            Captured.Enqueue(new SentStatement(command.CommandText,
                [.. command.Parameters.Cast<SqlParameter>().Select(p => new SentParameter(p.ParameterName, p.SqlDbType, p.Size, p.Value))]));
        }

        return answer;
    }
}

/// <summary>A statement as it left the Hub, with its parameters.</summary>
public sealed record SentStatement(string Sql, IReadOnlyList<SentParameter> Parameters);

/// <summary>A parameter of a statement: its name, its SQL Server type and size, and its value.</summary>
public sealed record SentParameter(string Name, System.Data.SqlDbType Type, int Size, object? Value)
{
    /// <summary>The parameter as SQL Server declares it, e.g. <c>@reference nvarchar(40)</c>.</summary>
    public string Declaration => (Name.StartsWith('@') ? Name : "@" + Name) + " " + Type switch
    {
        System.Data.SqlDbType.NVarChar or System.Data.SqlDbType.NChar or System.Data.SqlDbType.VarChar or System.Data.SqlDbType.Char or System.Data.SqlDbType.VarBinary
            => $"{Type.ToString().ToLowerInvariant()}({(Size is -1 or 0 ? "max" : Size.ToString(System.Globalization.CultureInfo.InvariantCulture))})",
        _ => Type.ToString().ToLowerInvariant(),
    };
}
