using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Api.GraphQL.Paging;

/// <summary>How many rows a page reads: held where EF Core reads it as a parameter named after
/// <see cref="PageRowLimit"/>, which <see cref="PageLimitInliner"/> recognises.</summary>
internal sealed record PageLimit(int PageRowLimit);

/// <summary>Writes the row limits of pages into the statements' text, as numbers.</summary>
/// <remarks>
/// With the limit a parameter, PostgreSQL cannot tell a page of 21 rows from a scan of the table:
/// its generic plan of a case page looked far costlier than a plan made for the value, so it
/// planned every request's statement afresh, which cost as much as running it. Asking EF Core for
/// a constant (<c>EF.Constant</c>) would write the number, but it also stops EF Core from keeping
/// the statement's SQL, which it then generates anew for every request. So EF Core keeps its
/// parameter, and its SQL, and the number is put in place of the parameter as the command leaves:
/// at most a hundred and one page sizes, so as many statements for the database to keep plans of.
/// The parameter's name is the Hub's own, and its value an int: nothing a caller wrote reaches
/// the text.
/// </remarks>
internal sealed partial class PageLimitInliner : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Inline(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Inline(command);
        return ValueTask.FromResult(result);
    }

    private static void Inline(DbCommand command)
    {
        if (!command.CommandText.Contains(nameof(PageLimit.PageRowLimit), StringComparison.Ordinal))
        {
            return;
        }

        var inlined = new List<DbParameter>();
        command.CommandText = Reference().Replace(command.CommandText, match =>
        {
            var name = match.Groups["name"].Value;
            var parameter = command.Parameters.Cast<DbParameter>().FirstOrDefault(p => p.ParameterName.TrimStart('@') == name);
            if (parameter?.Value is not int rows)
            {
                return match.Value;
            }

            inlined.Add(parameter);
            return rows.ToString(CultureInfo.InvariantCulture);
        });
        foreach (var parameter in inlined.Distinct())
        {
            command.Parameters.Remove(parameter);
        }
    }

    [GeneratedRegex(@"@(?<name>" + nameof(PageLimit.PageRowLimit) + @"\d*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
