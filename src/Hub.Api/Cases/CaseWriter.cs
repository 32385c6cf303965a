using System.Security.Cryptography;
using Hub.Api.Access;
using Hub.Api.Writes;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Cases;

/// <summary>Registers and updates cases of the caller's agency: the fields of
/// <see cref="GatedCaseFields"/> are checked and written as each declares.</summary>
internal static class CaseWriter
{
    public static async Task<WriteOutcome> RegisterAsync(WriteRequest request)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = await CheckAsync(request);
        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        var reference = request.Get<string>("reference") ?? NewReference(actor.Now);
        if (await ReferenceTakenAsync(request, reference, except: null))
        {
            return DuplicateReference(reference);
        }

        var @case = new Case
        {
            Id = Guid.CreateVersion7(actor.Now),
            OwnerAgencyId = actor.AgencyId,
            Reference = reference,
            RegisteredOn = actor.Now,
            ChangedOn = actor.Now,
            Status = CaseStatus.Registered,
            RecordKey = (byte)RandomNumberGenerator.GetInt32(256),
        };
        CaseCategories.Changed(@case, CaseCategories.Every, actor.Now);
        var changed = Apply(request, @case);
        db.Cases.Add(@case);
        AuditTrail.Record(db, actor, "registerCase", nameof(Case), @case.Id, ["reference", .. changed]);
        return await SaveAsync(request, @case.Id, reference);
    }

    public static async Task<WriteOutcome> UpdateAsync(WriteRequest request)
    {
        var (db, actor) = (request.Db, request.Actor);
        var errors = await CheckAsync(request);
        var id = errors.Id(request.Get<string>("id"), "id");
        if (request.Has("reference") && request.Get<string>("reference") is null)
        {
            errors.Add(UserErrorCode.InvalidValue, "A case always has a reference: it can be changed, not cleared.", "reference");
        }

        if (errors.Any)
        {
            return WriteOutcome.Refused(errors.All);
        }

        var @case = await db.Cases.Include(c => c.ExploitationTypes).Include(c => c.MeansOfControl).Include(c => c.Services).AsSplitQuery()
            .Where(DisclosurePolicy.Owns.For(actor.Scope(db))).SingleOrDefaultAsync(c => c.Id == id, request.CancellationToken);
        if (@case is null)
        {
            return WriteOutcome.Refused(UserErrorCode.NotFound, "Your agency has no case with this id.", "id");
        }

        if (@case.Version != request.Get<int>("version"))
        {
            return VersionConflict.Of(nameof(Case), @case.Version);
        }

        if (request.Get<string>("reference") is { } reference && reference != @case.Reference)
        {
            if (await ReferenceTakenAsync(request, reference, except: @case.Id))
            {
                return DuplicateReference(reference);
            }

            @case.Reference = reference;
        }

        var changed = Apply(request, @case);
        if (db.Entry(@case).Property(c => c.Reference).IsModified)
        {
            changed.Insert(0, "reference");
        }

        // Values sent as they already are change nothing: no new version, no audit row.
        db.ChangeTracker.DetectChanges();
        if (changed.Count == 0 || db.ChangeTracker.Entries().All(e => e.State == EntityState.Unchanged))
        {
            return WriteOutcome.Written(@case.Id);
        }

        @case.Version++;
        @case.ChangedOn = actor.Now;
        // The reference is shown with every category, so its change is one of each.
        CaseCategories.Changed(@case, changed.Select(f => GatedCaseFields.ByName.TryGetValue(f, out var field) ? field.Category : CaseCategories.Every)
            .Aggregate(DataCategory.None, (all, c) => all | c), actor.Now);
        AuditTrail.Record(db, actor, "updateCase", nameof(Case), @case.Id, changed);
        return await SaveAsync(request, @case.Id, @case.Reference, versionRead: request.Get<int>("version"));
    }

    // The checks that need no stored case: each field's own, and the countries all at once.
    private static async Task<InputErrors> CheckAsync(WriteRequest request)
    {
        var errors = new InputErrors(request.Db);
        errors.Text<Case>(request.Get<string>("reference"), nameof(Case.Reference), InputErrors.TextKind.Key, "reference");
        var present = GatedCaseFields.All.Where(f => request.Has(f.Name)).ToList();
        foreach (var field in present)
        {
            field.Check(request.Input[field.Name], errors, request.Actor.Now);
        }

        await errors.CountriesAsync(present.Select(f => (f.CountryIn(request.Input[f.Name]), new[] { f.Name })), request.CancellationToken);
        return errors;
    }

    // Writes the fields present, in declaration order (services needed before services received).
    private static List<string> Apply(WriteRequest request, Case @case)
    {
        var changed = new List<string>();
        foreach (var field in GatedCaseFields.All.Where(f => request.Has(f.Name)))
        {
            field.Write(@case, request.Input[field.Name]);
            changed.Add(field.Name);
        }

        return changed;
    }

    private static async Task<WriteOutcome> SaveAsync(WriteRequest request, Guid id, string reference, int? versionRead = null)
    {
        try
        {
            await request.Db.SaveChangesAsync(request.CancellationToken);
            return WriteOutcome.Written(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return VersionConflict.Of(nameof(Case), version: null);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // An update also writes the rows of the case's sets, keyed by the case and the value: a
            // concurrent update of the same version that inserted the same value first is refused
            // by that key (on PostgreSQL, before the version check of the case's own row).
            if (versionRead is { } read && await CurrentVersionAsync(request, id) is { } current && current != read)
            {
                return VersionConflict.Of(nameof(Case), current);
            }

            return DuplicateReference(reference);
        }
    }

    private static Task<int?> CurrentVersionAsync(WriteRequest request, Guid id) =>
        request.Db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.Version).SingleOrDefaultAsync(request.CancellationToken);

    private static Task<bool> ReferenceTakenAsync(WriteRequest request, string reference, Guid? except) =>
        request.Db.Cases.AnyAsync(c => c.OwnerAgencyId == request.Actor.AgencyId && c.Reference == reference && c.Id != except, request.CancellationToken);

    private static WriteOutcome DuplicateReference(string reference) =>
        WriteOutcome.Refused(UserErrorCode.DuplicateReference, $"Your agency already has a case with the reference '{reference}'.", "reference");

    // A reference the owner can quote: the day of registration and eight random hexadecimal digits.
    private static string NewReference(DateTime now) => $"C-{now:yyyyMMdd}-{RandomNumberGenerator.GetHexString(8)}";
}
