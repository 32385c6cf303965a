using Hub.Api.Projects;
using Hub.Api.Writes;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Imports;

/// <summary>Projects the importing agency leads, one per row, found again by their code: a new code
/// creates a project, a known one updates it to what the row says.</summary>
internal sealed class ProjectImport() : ImportKind("projects", "Projects your agency leads, one per row, by project code.")
{
    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("code", "#activity+code", ["code"], Cells.Text, "The project code, e.g. CT-2026-0001.") { Key = true, Required = true },
        new("title", "#activity+name", ["title"], Cells.Text, "The title.") { Required = true },
        new("donor", "#org+funder+name", ["donor"], Cells.Text, "The main donor.") { Required = true },
        new("starts_on", "#date+start", ["startsOn"], Cells.Date, "The first day, YYYY-MM-DD.") { Required = true },
        new("ends_on", "#date+end", ["endsOn"], Cells.Date, "The last day, YYYY-MM-DD.") { Required = true },
        new("status", "#status+code", ["status"], Cells.Enum<ProjectStatusGraphType>(), "PLANNED, ONGOING, COMPLETED or CANCELLED.") { Required = true },
        new("focus", "#sector+code", ["focus"], Cells.Enum<ProjectFocusGraphType>(), "PREVENTION, PROTECTION, PROSECUTION or PARTNERSHIP.") { Required = true },
        new("countries", "#country+code+list", ["countryCodes"], Cells.List, "ISO 3166-1 alpha-3 codes, separated by semicolons.") { Required = true },
        new("partners", "#org+partner+code+list", ["partnerAgencyCodes"], Cells.List, "Partner agency codes, separated by semicolons; empty for none."),
        new("target_people_assisted", "#targeted+assisted", ["targets", "peopleAssisted"], Cells.Int, "Target: people given direct assistance."),
        new("target_people_trained", "#targeted+trained", ["targets", "peopleTrained"], Cells.Int, "Target: officials and practitioners trained."),
        new("target_people_reached", "#targeted+awareness", ["targets", "peopleReached"], Cells.Int, "Target: people reached by awareness work."),
        new("result_people_assisted", "#reached+assisted", ["results", "peopleAssisted"], Cells.Int, "Result so far: people given direct assistance."),
        new("result_people_trained", "#reached+trained", ["results", "peopleTrained"], Cells.Int, "Result so far: officials and practitioners trained."),
        new("result_people_reached", "#reached+awareness", ["results", "peopleReached"], Cells.Int, "Result so far: people reached by awareness work."),
        new("budget_usd", "#value+budget+usd", ["budgetUsd"], Cells.Long, "Financial: the budget in whole US dollars."),
        new("donor_contributions", "#value+contribution+usd+list", ["donorContributions"], Cells.Contributions, "Financial: donor|year|amount, separated by semicolons; empty for none."),
    ];

    public override async Task<ImportCounts> WriteAsync(ImportBatch batch)
    {
        var db = batch.Db;
        var codes = batch.Strings("code").Distinct(StringComparer.Ordinal).ToList();
        // The file's projects are locked first, then the codes taken are read before the agency's
        // own projects: a project of the agency's created meanwhile is among its own, or among
        // neither (its insert then fails on the unique code, and the file is refused whole). The
        // agency's own projects are read all: matching the rows of their countries, partners and
        // contributions against thousands of codes costs the database far more.
        await ProjectLock.TakeAsync(ProjectWriter.Leading(db, batch.Actor).Where(p => codes.Contains(p.Code)), batch.CancellationToken);
        var taken = (await db.Projects.AsNoTracking().Where(p => codes.Contains(p.Code)).Select(p => p.Code).ToListAsync(batch.CancellationToken)).ToHashSet(StringComparer.Ordinal);
        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        var led = (await ProjectWriter.Led(db, batch.Actor).ToListAsync(batch.CancellationToken))
            .Where(p => wanted.Contains(p.Code)).ToDictionary(p => p.Code, StringComparer.Ordinal);
        var footprints = await ActivityFootprint.OfAsync(db, [.. led.Values.Select(p => p.Id)], batch.CancellationToken);
        var named = batch.Rows.Select(r => ProjectWriter.CodesIn(r.Input)).ToList();
        var known = await KnownCodes.LoadAsync(db, named.SelectMany(n => n.Countries), named.SelectMany(n => n.Agencies), batch.CancellationToken);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var row in batch.Rows)
        {
            var (request, errors) = batch.Request(row);
            var code = request.Get<string>("code");
            if (code is null)
            {
                batch.Report(row, UserErrorCode.Required, "Every row names its project by code.", "code");
                continue;
            }

            if (!seen.TryAdd(code, row.Number))
            {
                batch.Report(row, UserErrorCode.DuplicateCode, $"The project {code} is in row {seen[code]} already: one row per project.", "code");
                continue;
            }

            if (led.TryGetValue(code, out var project))
            {
                var changes = ProjectWriter.Update(request, project, known, footprints.GetValueOrDefault(project.Id), errors);
                if (!errors.Any && changes.Any)
                {
                    ProjectWriter.Stamp(project, batch.Actor.Now);
                    AuditTrail.Record(db, batch.Actor, "importProjects", nameof(Project), project.Id, changes.Names);
                    updated++;
                }
                else if (!errors.Any)
                {
                    unchanged++;
                }
            }
            else if (taken.Contains(code))
            {
                batch.Report(row, UserErrorCode.NotFound, $"The project {code} is led by another agency: an import changes only the projects your agency leads.", "code");
                continue;
            }
            else if (batch.HasRequired(row))
            {
                var added = ProjectWriter.Create(request, known, errors);
                if (!errors.Any && row.Whole)
                {
                    db.Projects.Add(added);
                    AuditTrail.Record(db, batch.Actor, "importProjects", nameof(Project), added.Id, request.Input.Keys.Order(StringComparer.Ordinal));
                    created++;
                }
            }

            batch.Report(row, errors.All);
        }

        return new ImportCounts(created, updated, unchanged);
    }
}
