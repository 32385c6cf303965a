using System.Globalization;
using Hub.Api.Options;

namespace Hub.Api.Retention;

/// <summary>What one purge removes: the disclosure rows and the audit rows from before their
/// horizons (null: none of that log), and the idempotency keys expired at <see cref="Now"/>.</summary>
internal sealed record PurgePlan(DateTime? DisclosuresBefore, DateTime? AuditEntriesBefore, DateTime Now)
{
    // Longer than any retention policy, and well inside what a date can count back from today.
    private const int MostDays = 36_500;

    /// <summary>The plan of <c>--before</c> (both logs, up to the start of that day in UTC) or else
    /// of the settings, or why there is none. No horizon is less than <c>MinimumDays</c> before
    /// <paramref name="now"/>: a mistyped date or setting cannot empty the log, and a purge never
    /// reaches the audit rows it writes itself, which are dated <paramref name="now"/>.</summary>
    public static (PurgePlan? Plan, string? Refusal) Make(DateOnly? before, RetentionOptions settings, DateTime now)
    {
        if (new[] { settings.DisclosureDays ?? 1, settings.AuditDays ?? 1, settings.MinimumDays }.Any(days => days is < 1 or > MostDays) || settings.BatchSize < 1)
        {
            return (null, $"Hub:Retention:DisclosureDays, AuditDays and MinimumDays are numbers of days from 1 to {MostDays}, and Hub:Retention:BatchSize a number of rows from 1: nothing was purged.");
        }

        DateTime? disclosures = null, audit = null;
        var asked = new List<string>();
        if (before is { } day)
        {
            disclosures = audit = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            asked.Add("--before " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            if (settings.DisclosureDays is { } disclosureDays)
            {
                disclosures = now.AddDays(-disclosureDays);
                asked.Add($"Hub:Retention:DisclosureDays={disclosureDays}");
            }

            if (settings.AuditDays is { } auditDays)
            {
                audit = now.AddDays(-auditDays);
                asked.Add($"Hub:Retention:AuditDays={auditDays}");
            }
        }

        if (disclosures is null && audit is null)
        {
            return (null, "No horizon: give --before YYYY-MM-DD, or set Hub:Retention:DisclosureDays or Hub:Retention:AuditDays.");
        }

        var latest = now.AddDays(-settings.MinimumDays);
        return disclosures > latest || audit > latest
            ? (null, $"{string.Join(" and ", asked)} would purge rows younger than Hub:Retention:MinimumDays ({settings.MinimumDays} days): nothing was purged.")
            : (new PurgePlan(disclosures, audit, now), null);
    }
}
