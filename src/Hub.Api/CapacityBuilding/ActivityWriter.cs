using System.Globalization;
using Hub.Api.Access;
using Hub.Api.Writes;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.CapacityBuilding;

/// <summary>Records the capacity-building activities of projects the caller's agency leads or
/// partners in, and keeps them current. As with projects, the checks and the writing of each field
/// are here once, for the mutations and the import of a file alike.</summary>
internal static class ActivityWriter
{
    // Far above any training, workshop or visit; the three counts and their total stay exact.
    private const int MaxParticipants = 1_000_000;

    public static async Task<WriteOutcome> RecordAsync(WriteRequest request)
    {
        var (db, actor) = (request.Db, request.Actor);
        var code = request.Get<string>("projectCode");
        await ProjectLock.TakeAsync(WorkingOn(db, actor).Where(p => p.Code == code), request.CancellationToken);
        var project = await WorkedOn(db, actor).SingleOrDefaultAsync(p => p.Code == code, request.CancellationToken);
        if (project is null)
        {
            return WriteOutcome.Refused(UserErrorCode.NotFound, "Your agency leads or partners in no project with this code.", "projectCode");
        }

        var errors = new InputErrors(db);
        var key = request.Get<string>("key") ?? await NextKeyAsync(db, project.Id, request.CancellationToken);
        var activity = Create(request, project, key, await KnownAsync(request), errors);
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        db.CapacityBuildingActivities.Add(activity);
        AuditTrail.Record(db, actor, "recordCapacityBuildingActivity", nameof(CapacityBuildingActivity), activity.Id, ["key", .. request.Input.Keys.Order(StringComparer.Ordinal)]);
        return await SaveAsync(request, activity);
    }

    public static async Task<WriteOutcome> UpdateAsync(WriteRequest request)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = new InputErrors(db);
        var id = errors.Id(request.Get<string>("id"), "id");
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        var projects = WorkingOn(db, actor);
        var projectId = await db.CapacityBuildingActivities.Where(a => a.Id == id && projects.Any(p => p.Id == a.ProjectId))
            .Select(a => (Guid?)a.ProjectId).SingleOrDefaultAsync(request.CancellationToken);
        await ProjectLock.TakeAsync(projects.Where(p => p.Id == projectId), request.CancellationToken);
        var activity = await db.CapacityBuildingActivities.Include(a => a.Project!).ThenInclude(p => p.Countries)
            .Where(a => projects.Any(p => p.Id == a.ProjectId)).SingleOrDefaultAsync(a => a.Id == id, request.CancellationToken);
        if (activity is null)
        {
            return WriteOutcome.Refused(UserErrorCode.NotFound, "No activity with this id belongs to a project your agency leads or partners in.", "id");
        }

        if (activity.Version != request.Get<int>("version"))
        {
            return VersionConflict.Of("activity", activity.Version);
        }

        var changes = Update(request, activity, activity.Project!, await KnownAsync(request), errors);
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        if (!changes.Any)
        {
            return WriteOutcome.Written(activity.Id);
        }

        Stamp(activity, actor.Now);
        AuditTrail.Record(db, actor, "updateCapacityBuildingActivity", nameof(CapacityBuildingActivity), activity.Id, changes.Names);
        return await SaveAsync(request, activity);
    }

    /// <summary>The projects whose activities the actor's agency records: those it leads or partners in.</summary>
    public static IQueryable<Project> WorkingOn(HubDbContext db, Actor actor) => db.Projects.Where(DisclosurePolicy.WorksOn.For(actor.Scope(db)));

    /// <summary>The same projects, with the countries an activity must be in.</summary>
    public static IQueryable<Project> WorkedOn(HubDbContext db, Actor actor) => WorkingOn(db, actor).Include(p => p.Countries);

    /// <summary>A new activity of <paramref name="project"/>, from an input that holds every required
    /// field, keyed by the input's <c>key</c> or else by <paramref name="key"/>.</summary>
    public static CapacityBuildingActivity Create(WriteRequest request, Project project, string key, KnownCodes known, InputErrors errors)
    {
        var activity = new CapacityBuildingActivity
        {
            Id = Guid.CreateVersion7(request.Actor.Now),
            ProjectId = project.Id,
            Key = "",
            CountryCode = "",
            Topic = "",
            ChangedOn = request.Actor.Now,
        };
        Update(request, activity, project, known, errors);
        if (!request.Has("key"))
        {
            activity.Key = key;
        }

        return activity;
    }

    /// <summary>Checks and writes the fields the input sets; what changed, by input field.</summary>
    public static FieldChanges Update(WriteRequest request, CapacityBuildingActivity activity, Project project, KnownCodes known, InputErrors errors)
    {
        var fields = new FieldWriter<CapacityBuildingActivity>(request.Input, errors, new FieldChanges(), "an activity");
        fields.Text("key", nameof(CapacityBuildingActivity.Key), activity.Key, v => activity.Key = v, InputErrors.TextKind.Key);

        fields.Text("countryCode", nameof(CapacityBuildingActivity.CountryCode), activity.CountryCode, v => activity.CountryCode = v, (code, at) =>
        {
            errors.Country(code, known.Countries, at);
            if (known.Countries.Contains(code) && project.Countries.All(c => c.CountryCode != code))
            {
                errors.Add(UserErrorCode.OutsideProject, $"Project {project.Code} does not run in {code}: add the country to the project first.", at);
            }
        });
        fields.Value("kind", activity.Kind, v => activity.Kind = v);
        fields.Text("topic", nameof(CapacityBuildingActivity.Topic), activity.Topic, v => activity.Topic = v);
        fields.Value("targetGroup", activity.TargetGroup, v => activity.TargetGroup = v);
        Period(request, errors, fields.Changes, activity, project);
        if (fields.Nested("participants") is { } participants)
        {
            participants.Count("female", activity.ParticipantsFemale, v => activity.ParticipantsFemale = v, MaxParticipants);
            participants.Count("male", activity.ParticipantsMale, v => activity.ParticipantsMale = v, MaxParticipants);
            participants.Count("other", activity.ParticipantsOther, v => activity.ParticipantsOther = v, MaxParticipants);
        }

        if (request.Has("partnerAgencyCode"))
        {
            var partner = request.Get<string>("partnerAgencyCode");
            Guid? id = partner is not null && known.Agencies.TryGetValue(partner, out var found) ? found : null;
            if (partner is not null && id is null)
            {
                errors.Add(UserErrorCode.UnknownAgency, $"No agency in the registry has the code '{partner}'.", "partnerAgencyCode");
            }
            else
            {
                fields.Changes.Set("partnerAgencyCode", activity.PartnerAgencyId, id, v => activity.PartnerAgencyId = v);
            }
        }

        if (fields.Nested("outcome") is { } outcome)
        {
            outcome.Optional<decimal>("knowledgeGainPoints", activity.KnowledgeGainPoints, v => activity.KnowledgeGainPoints = v, (points, at) =>
            {
                if (points is < -100 or > 100 || decimal.Round(points, 1) != points)
                {
                    errors.Add(UserErrorCode.InvalidValue, "Percentage points between -100 and 100, with at most one decimal.", at);
                }
            });
            outcome.Optional<int>("participantsCertified", activity.ParticipantsCertified, v => activity.ParticipantsCertified = v, (n, at) =>
            {
                if (n is < 0 or > 3 * MaxParticipants)
                {
                    errors.Add(UserErrorCode.InvalidValue, "A count of participants is zero or more.", at);
                }
            });
            outcome.Optional<int>("proceduresAdopted", activity.ProceduresAdopted, v => activity.ProceduresAdopted = v, (n, at) =>
            {
                if (n is < 0 or > 10_000)
                {
                    errors.Add(UserErrorCode.InvalidValue, "A count of procedures is zero or more, and at most 10,000.", at);
                }
            });
        }

        var total = activity.ParticipantsFemale + activity.ParticipantsMale + activity.ParticipantsOther;
        if (activity.ParticipantsCertified > total && !errors.Any)
        {
            errors.Add(UserErrorCode.InvalidValue, $"More participants certified ({activity.ParticipantsCertified}) than took part ({total}).", "outcome", "participantsCertified");
        }

        var measured = activity.KnowledgeGainPoints is not null || activity.ParticipantsCertified is not null || activity.ProceduresAdopted is not null;
        if (measured && activity.EndsOn >= DateOnly.FromDateTime(request.Actor.Now) && !errors.Any)
        {
            errors.Add(UserErrorCode.DateInFuture, "Outcomes are measured once an activity has ended: record them after its last day.", "outcome");
        }

        return fields.Changes;
    }

    public static void Stamp(CapacityBuildingActivity activity, DateTime now)
    {
        activity.Version++;
        activity.ChangedOn = now;
    }

    /// <summary>The country and agency codes an input names, known or not.</summary>
    public static (IEnumerable<string> Countries, IEnumerable<string> Agencies) CodesIn(IReadOnlyDictionary<string, object?> input) =>
        (input.TryGetValue("countryCode", out var c) && c is string country ? [country] : [],
         input.TryGetValue("partnerAgencyCode", out var a) && a is string agency ? [agency] : []);

    public static WriteOutcome DuplicateKey(string key) =>
        WriteOutcome.Refused(UserErrorCode.DuplicateCode, $"The project has an activity with the key '{key}' already.", "key");

    private static void Period(WriteRequest request, InputErrors errors, FieldChanges changes, CapacityBuildingActivity activity, Project project)
    {
        if (!request.Has("startsOn") && !request.Has("endsOn"))
        {
            return;
        }

        var startsOn = request.Has("startsOn") ? request.Input["startsOn"] as DateOnly? : activity.StartsOn;
        var endsOn = request.Has("endsOn") ? request.Input["endsOn"] as DateOnly? : activity.EndsOn;
        if (startsOn is null || endsOn is null)
        {
            errors.Add(UserErrorCode.InvalidValue, "An activity always has its days: they can be changed, not cleared.", startsOn is null ? "startsOn" : "endsOn");
        }
        else if (startsOn.Value.Year < 1900 || endsOn.Value.Year > 2100)
        {
            errors.Add(UserErrorCode.InvalidValue, "An activity of the Hub takes place between 1900 and 2100.", startsOn.Value.Year < 1900 ? "startsOn" : "endsOn");
        }
        else if (endsOn < startsOn)
        {
            errors.Add(UserErrorCode.DatesOutOfOrder, "An activity ends on or after the day it starts.", request.Has("endsOn") ? "endsOn" : "startsOn");
        }
        else if (startsOn < project.StartsOn || endsOn > project.EndsOn)
        {
            errors.Add(UserErrorCode.OutsideProject, $"Project {project.Code} runs from {project.StartsOn:yyyy-MM-dd} to {project.EndsOn:yyyy-MM-dd}: its activities take place within.",
                startsOn < project.StartsOn ? "startsOn" : "endsOn");
        }
        else
        {
            changes.Set("startsOn", activity.StartsOn, startsOn.Value, v => activity.StartsOn = v);
            changes.Set("endsOn", activity.EndsOn, endsOn.Value, v => activity.EndsOn = v);
        }
    }

    private static Task<KnownCodes> KnownAsync(WriteRequest request)
    {
        var (countries, agencies) = CodesIn(request.Input);
        return KnownCodes.LoadAsync(request.Db, countries, agencies, request.CancellationToken);
    }

    // The next of the project's numbered keys (CB-001, CB-002, ...), for an activity recorded without one.
    private static async Task<string> NextKeyAsync(HubDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var keys = await db.CapacityBuildingActivities.AsNoTracking().Where(a => a.ProjectId == projectId && a.Key.StartsWith("CB-")).Select(a => a.Key).ToListAsync(cancellationToken);
        var last = keys.Select(k => int.TryParse(k.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return string.Create(CultureInfo.InvariantCulture, $"CB-{last + 1:D3}");
    }

    private static async Task<WriteOutcome> SaveAsync(WriteRequest request, CapacityBuildingActivity activity)
    {
        try
        {
            await request.Db.SaveChangesAsync(request.CancellationToken);
            return WriteOutcome.Written(activity.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return VersionConflict.Of("activity", version: null);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return DuplicateKey(activity.Key);
        }
    }
}
