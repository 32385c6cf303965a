using Hub.Api.CapacityBuilding;
using Hub.Api.Writes;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Imports;

/// <summary>Capacity-building activities of projects the importing agency leads or partners in, one
/// per row, found again by project code and key: a new key records an activity, a known one updates
/// it to what the row says.</summary>
internal sealed class ActivityImport() : ImportKind("activities", "Capacity-building activities of projects your agency leads or partners in, one per row, by project code and activity key.")
{
    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("project_code", "#activity+code", ["projectCode"], Cells.Text, "The project's code.") { Key = true, Required = true },
        new("key", "#event+id", ["key"], Cells.Text, "Your key for the activity, unique within the project, e.g. CB-014.") { Key = true, Required = true },
        new("country", "#country+code", ["countryCode"], Cells.Text, "Where it takes place: one of the project's countries (ISO 3166-1 alpha-3).") { Required = true },
        new("kind", "#event+type", ["kind"], Cells.Enum<ActivityKindGraphType>(), "TRAINING, WORKSHOP, SOP_DEVELOPMENT, TECHNICAL_ASSISTANCE, STUDY_VISIT or EQUIPMENT.") { Required = true },
        new("starts_on", "#date+start", ["startsOn"], Cells.Date, "The first day, YYYY-MM-DD, within the project's period.") { Required = true },
        new("ends_on", "#date+end", ["endsOn"], Cells.Date, "The last day, YYYY-MM-DD, within the project's period.") { Required = true },
        new("topic", "#description+topic", ["topic"], Cells.Text, "The subject taught or worked on.") { Required = true },
        new("target_group", "#group+targeted", ["targetGroup"], Cells.Enum<TargetGroupGraphType>(), "Who it is for, e.g. POLICE or SOCIAL_WORKERS.") { Required = true },
        new("participants_female", "#reached+f", ["participants", "female"], Cells.Int, "Women and girls who took part."),
        new("participants_male", "#reached+m", ["participants", "male"], Cells.Int, "Men and boys who took part."),
        new("participants_other", "#reached+other", ["participants", "other"], Cells.Int, "Other participants, or sex not recorded."),
        new("partner_agency", "#org+partner+code", ["partnerAgencyCode"], Cells.Text, "The institution trained or assisted, by agency code; empty when it is not a registered agency."),
        new("knowledge_gain_points", "#indicator+knowledge_gain+num", ["outcome", "knowledgeGainPoints"], Cells.Decimal, "Outcome: mean gain between pre- and post-test, in percentage points."),
        new("participants_certified", "#indicator+certified+num", ["outcome", "participantsCertified"], Cells.OptionalInt, "Outcome: participants who completed and were certified."),
        new("procedures_adopted", "#indicator+procedures+num", ["outcome", "proceduresAdopted"], Cells.OptionalInt, "Outcome: procedures or action plans adopted afterwards."),
    ];

    public override async Task<ImportCounts> WriteAsync(ImportBatch batch)
    {
        var db = batch.Db;
        var codes = batch.Strings("projectCode").Distinct(StringComparer.Ordinal).ToList();
        await ProjectLock.TakeAsync(ActivityWriter.WorkingOn(db, batch.Actor).Where(p => codes.Contains(p.Code)), batch.CancellationToken);
        var projects = await ActivityWriter.WorkedOn(db, batch.Actor).AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, batch.CancellationToken);
        var ids = projects.Values.Select(p => p.Id).ToList();
        var existing = await db.CapacityBuildingActivities.Where(a => ids.Contains(a.ProjectId)).ToDictionaryAsync(a => (a.ProjectId, a.Key), batch.CancellationToken);
        var named = batch.Rows.Select(r => ActivityWriter.CodesIn(r.Input)).ToList();
        var known = await KnownCodes.LoadAsync(db, named.SelectMany(n => n.Countries), named.SelectMany(n => n.Agencies), batch.CancellationToken);
        var seen = new Dictionary<(Guid, string), int>();
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var row in batch.Rows)
        {
            var (request, errors) = batch.Request(row);
            var (code, key) = (request.Get<string>("projectCode"), request.Get<string>("key"));
            if (code is null || key is null)
            {
                batch.Report(row, UserErrorCode.Required, "Every row names its activity by project code and key.", code is null ? "projectCode" : "key");
                continue;
            }

            if (!projects.TryGetValue(code, out var project))
            {
                batch.Report(row, UserErrorCode.NotFound, $"Your agency leads or partners in no project with the code {code}.", "projectCode");
                continue;
            }

            if (!seen.TryAdd((project.Id, key), row.Number))
            {
                batch.Report(row, UserErrorCode.DuplicateCode, $"The activity {key} of {code} is in row {seen[(project.Id, key)]} already: one row per activity.", "key");
                continue;
            }

            if (existing.TryGetValue((project.Id, key), out var activity))
            {
                var changes = ActivityWriter.Update(request, activity, project, known, errors);
                if (!errors.Any && changes.Any)
                {
                    ActivityWriter.Stamp(activity, batch.Actor.Now);
                    AuditTrail.Record(db, batch.Actor, "importActivities", nameof(CapacityBuildingActivity), activity.Id, changes.Names);
                    updated++;
                }
                else if (!errors.Any)
                {
                    unchanged++;
                }
            }
            else if (batch.HasRequired(row))
            {
                var added = ActivityWriter.Create(request, project, key, known, errors);
                if (!errors.Any && row.Whole)
                {
                    db.CapacityBuildingActivities.Add(added);
                    AuditTrail.Record(db, batch.Actor, "importActivities", nameof(CapacityBuildingActivity), added.Id, request.Input.Keys.Order(StringComparer.Ordinal));
                    created++;
                }
            }

            batch.Report(row, errors.All);
        }

        return new ImportCounts(created, updated, unchanged);
    }
}
