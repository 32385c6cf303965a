using Hub.Api.Access;
using Hub.Api.Writes;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Projects;

/// <summary>Creates the projects an agency leads and keeps them current. The checks and the writing
/// of each field are here once, for <c>createProject</c>, <c>updateProject</c> and the import of a
/// file alike: each hands in its input as the mutation's <c>input</c> would be.</summary>
internal static class ProjectWriter
{
    /// <summary>The largest budget a project may have: a trillion US dollars, so that the sum of
    /// every project's budget in the metrics can never overflow.</summary>
    public const long MaxBudgetUsd = 1_000_000_000_000;

    public static async Task<WriteOutcome> CreateAsync(WriteRequest request)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = new InputErrors(db);
        var project = Create(request, await KnownAsync(request), errors);
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        if (await db.Projects.AnyAsync(p => p.Code == project.Code, request.CancellationToken))
        {
            return DuplicateCode(project.Code);
        }

        db.Projects.Add(project);
        AuditTrail.Record(db, actor, "createProject", nameof(Project), project.Id, request.Input.Keys.Order(StringComparer.Ordinal));
        try
        {
            await db.SaveChangesAsync(request.CancellationToken);
            return WriteOutcome.Written(project.Id);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return DuplicateCode(project.Code);
        }
    }

    public static async Task<WriteOutcome> UpdateAsync(WriteRequest request)
    {
        var (db, actor) = (request.Db, request.Actor);
        var code = request.Get<string>("code");
        await ProjectLock.TakeAsync(Leading(db, actor).Where(p => p.Code == code), request.CancellationToken);
        var project = await Led(db, actor).SingleOrDefaultAsync(p => p.Code == code, request.CancellationToken);
        if (project is null)
        {
            return WriteOutcome.Refused(UserErrorCode.NotFound, "Your agency leads no project with this code.", "code");
        }

        if (project.Version != request.Get<int>("version"))
        {
            return VersionConflict.Of(nameof(Project), project.Version);
        }

        var errors = new InputErrors(db);
        var footprints = await ActivityFootprint.OfAsync(db, [project.Id], request.CancellationToken);
        var changes = Update(request, project, await KnownAsync(request), footprints.GetValueOrDefault(project.Id), errors);
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        if (!changes.Any)
        {
            return WriteOutcome.Written(project.Id);
        }

        Stamp(project, actor.Now);
        AuditTrail.Record(db, actor, "updateProject", nameof(Project), project.Id, changes.Names);
        try
        {
            await db.SaveChangesAsync(request.CancellationToken);
            return WriteOutcome.Written(project.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return VersionConflict.Of(nameof(Project), version: null);
        }
    }

    /// <summary>The projects the actor's agency leads.</summary>
    public static IQueryable<Project> Leading(HubDbContext db, Actor actor) => db.Projects.Where(DisclosurePolicy.Leads.For(actor.Scope(db)));

    /// <summary>The projects the actor's agency leads, with the rows an update replaces.</summary>
    public static IQueryable<Project> Led(HubDbContext db, Actor actor) =>
        Leading(db, actor).Include(p => p.Countries).Include(p => p.Partners).Include(p => p.Contributions).AsSplitQuery();

    /// <summary>A new project led by the actor's agency, from an input that holds every required field.</summary>
    public static Project Create(WriteRequest request, KnownCodes known, InputErrors errors)
    {
        var code = request.Get<string>("code") ?? "";
        errors.Code<Project>(code, nameof(Project.Code), "code");
        var project = new Project
        {
            Id = Guid.CreateVersion7(request.Actor.Now),
            Code = code,
            Title = "",
            Donor = "",
            LeadAgencyId = request.Actor.AgencyId,
            ChangedOn = request.Actor.Now,
        };
        Update(request, project, known, footprint: null, errors);
        return project;
    }

    /// <summary>Checks and writes the fields the input sets; what changed, by input field.</summary>
    public static FieldChanges Update(WriteRequest request, Project project, KnownCodes known, ActivityFootprint? footprint, InputErrors errors)
    {
        var fields = new FieldWriter<Project>(request.Input, errors, new FieldChanges(), "a project");
        fields.Text("title", nameof(Project.Title), project.Title, v => project.Title = v);
        fields.Text("donor", nameof(Project.Donor), project.Donor, v => project.Donor = v);
        fields.Value("status", project.Status, v => project.Status = v);
        fields.Value("focus", project.Focus, v => project.Focus = v);
        Period(request, errors, fields.Changes, project, footprint);
        if (fields.Nested("targets") is { } targets)
        {
            targets.Count("peopleAssisted", project.TargetPeopleAssisted, v => project.TargetPeopleAssisted = v);
            targets.Count("peopleTrained", project.TargetPeopleTrained, v => project.TargetPeopleTrained = v);
            targets.Count("peopleReached", project.TargetPeopleReached, v => project.TargetPeopleReached = v);
        }

        if (fields.Nested("results") is { } results)
        {
            results.Count("peopleAssisted", project.ResultPeopleAssisted, v => project.ResultPeopleAssisted = v);
            results.Count("peopleTrained", project.ResultPeopleTrained, v => project.ResultPeopleTrained = v);
            results.Count("peopleReached", project.ResultPeopleReached, v => project.ResultPeopleReached = v);
        }

        fields.Value("budgetUsd", project.BudgetUsd, v => project.BudgetUsd = v, (budget, at) =>
        {
            if (budget is < 0 or > MaxBudgetUsd)
            {
                errors.Add(UserErrorCode.InvalidValue, $"A budget is whole US dollars, from zero to {MaxBudgetUsd:N0}.", at);
            }
        });
        Countries(request, errors, fields.Changes, project, known, footprint);
        Partners(request, errors, fields.Changes, project, known);
        Contributions(request, errors, fields.Changes, project);
        return fields.Changes;
    }

    /// <summary>Marks a changed project: a new version, dated now.</summary>
    public static void Stamp(Project project, DateTime now)
    {
        project.Version++;
        project.ChangedOn = now;
    }

    /// <summary>The country and agency codes an input names, known or not.</summary>
    public static (IEnumerable<string> Countries, IEnumerable<string> Agencies) CodesIn(IReadOnlyDictionary<string, object?> input) =>
        (Strings(input, "countryCodes"), Strings(input, "partnerAgencyCodes"));

    public static WriteOutcome DuplicateCode(string code) =>
        WriteOutcome.Refused(UserErrorCode.DuplicateCode, $"A project with the code '{code}' exists already.", "code");

    private static Task<KnownCodes> KnownAsync(WriteRequest request)
    {
        var (countries, agencies) = CodesIn(request.Input);
        return KnownCodes.LoadAsync(request.Db, countries, agencies, request.CancellationToken);
    }

    private static IEnumerable<string> Strings(IReadOnlyDictionary<string, object?> input, string field) =>
        input.TryGetValue(field, out var value) && value is IEnumerable<object?> items ? items.OfType<string>() : [];

    private static void Period(WriteRequest request, InputErrors errors, FieldChanges changes, Project project, ActivityFootprint? footprint)
    {
        var startsOn = project.StartsOn;
        var endsOn = project.EndsOn;
        foreach (var field in PeriodFields.Where(request.Has))
        {
            if (request.Input[field] is not DateOnly date)
            {
                errors.Add(UserErrorCode.InvalidValue, "A project always has its period: it can be changed, not cleared.", field);
                return;
            }

            if (date.Year is < 1900 or > 2100)
            {
                errors.Add(UserErrorCode.InvalidValue, "A project of the Hub runs between 1900 and 2100.", field);
                return;
            }

            (startsOn, endsOn) = field == "startsOn" ? (date, endsOn) : (startsOn, date);
        }

        if (!request.Has("startsOn") && !request.Has("endsOn"))
        {
            return;
        }

        if (endsOn < startsOn)
        {
            errors.Add(UserErrorCode.DatesOutOfOrder, "A project ends on or after the day it starts.", request.Has("endsOn") ? "endsOn" : "startsOn");
            return;
        }

        if (footprint is { First: { } first, Last: { } last } && (first < startsOn || last > endsOn))
        {
            errors.Add(UserErrorCode.OutsideProject, $"The project's activities run from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}: its period must cover them.", first < startsOn ? "startsOn" : "endsOn");
            return;
        }

        changes.Set("startsOn", project.StartsOn, startsOn, v => project.StartsOn = v);
        changes.Set("endsOn", project.EndsOn, endsOn, v => project.EndsOn = v);
    }

    private static readonly string[] PeriodFields = ["startsOn", "endsOn"];

    private static void Countries(WriteRequest request, InputErrors errors, FieldChanges changes, Project project, KnownCodes known, ActivityFootprint? footprint)
    {
        if (!request.Has("countryCodes"))
        {
            return;
        }

        var codes = request.List<string>("countryCodes");
        if (codes.Count == 0)
        {
            errors.Add(UserErrorCode.Required, "A project runs in at least one country.", "countryCodes");
            return;
        }

        var before = errors.All.Count;
        for (var i = 0; i < codes.Count; i++)
        {
            errors.Country(codes[i], known.Countries, "countryCodes", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var kept = codes.ToHashSet(StringComparer.Ordinal);
        if (footprint?.Countries.FirstOrDefault(c => !kept.Contains(c)) is { } left)
        {
            errors.Add(UserErrorCode.OutsideProject, $"The project has activities in {left}: keep it among its countries.", "countryCodes");
        }

        if (errors.All.Count == before)
        {
            changes.Replace("countryCodes", project.Countries, kept, c => c.CountryCode, c => new ProjectCountry { ProjectId = project.Id, CountryCode = c });
        }
    }

    private static void Partners(WriteRequest request, InputErrors errors, FieldChanges changes, Project project, KnownCodes known)
    {
        if (!request.Has("partnerAgencyCodes"))
        {
            return;
        }

        var codes = request.List<string>("partnerAgencyCodes");
        var ids = new HashSet<Guid>();
        var before = errors.All.Count;
        for (var i = 0; i < codes.Count; i++)
        {
            var at = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!known.Agencies.TryGetValue(codes[i], out var id))
            {
                errors.Add(UserErrorCode.UnknownAgency, $"No agency in the registry has the code '{codes[i]}'.", "partnerAgencyCodes", at);
            }
            else if (id == project.LeadAgencyId)
            {
                errors.Add(UserErrorCode.InvalidValue, "Your agency leads the project: it is not also its partner.", "partnerAgencyCodes", at);
            }
            else if (known.Suspended.Contains(id) && project.Partners.All(p => p.AgencyId != id))
            {
                errors.Add(UserErrorCode.RecipientSuspended, $"{codes[i]}'s access to the Hub is suspended: it cannot become a partner, who sees the project's financial fields.", "partnerAgencyCodes", at);
            }
            else
            {
                ids.Add(id);
            }
        }

        if (errors.All.Count == before)
        {
            changes.Replace("partnerAgencyCodes", project.Partners, ids, p => p.AgencyId, id => new ProjectPartner { ProjectId = project.Id, AgencyId = id });
        }
    }

    private static void Contributions(WriteRequest request, InputErrors errors, FieldChanges changes, Project project)
    {
        if (!request.Has("donorContributions"))
        {
            return;
        }

        var given = request.List<IDictionary<string, object?>>("donorContributions");
        var next = new HashSet<(string Donor, int Year, long AmountUsd)>();
        var seen = new HashSet<(string, int)>();
        var before = errors.All.Count;
        for (var i = 0; i < given.Count; i++)
        {
            var at = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var donor = given[i].TryGetValue("donor", out var d) ? d as string : null;
            var year = given[i].TryGetValue("year", out var y) ? y as int? : null;
            var amount = given[i].TryGetValue("amountUsd", out var a) ? a as long? : null;
            if (donor is null)
            {
                errors.Add(UserErrorCode.Required, "Name the donor.", "donorContributions", at, "donor");
                continue;
            }

            errors.Text<DonorContribution>(donor, nameof(DonorContribution.Donor), InputErrors.TextKind.Line, "donorContributions", at, "donor");
            if (year is not (>= 1900 and <= 9999))
            {
                errors.Add(UserErrorCode.InvalidValue, "A budget year between 1900 and 9999.", "donorContributions", at, "year");
            }

            if (amount is not >= 0)
            {
                errors.Add(UserErrorCode.InvalidValue, "An amount is whole US dollars, zero or more.", "donorContributions", at, "amountUsd");
            }

            if (year is { } y2 && !seen.Add((donor, y2)))
            {
                errors.Add(UserErrorCode.InvalidValue, $"{donor} has one contribution per year: add the amounts of {y2} up.", "donorContributions", at);
            }

            next.Add((donor, year ?? 0, amount ?? 0));
        }

        if (errors.All.Count == before)
        {
            changes.Replace("donorContributions", project.Contributions, next, c => (c.Donor, c.Year, c.AmountUsd),
                c => new DonorContribution { Id = Guid.CreateVersion7(request.Actor.Now), ProjectId = project.Id, Donor = c.Donor, Year = c.Year, AmountUsd = c.AmountUsd });
        }
    }
}
