using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Http;
using Hub.Api.GraphQL.Paging;
using Hub.Api.Options;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Hub.Api.Writes;

/// <summary>One request's writes: they run in one transaction with their audit rows, the payloads'
/// read-back and its disclosure rows, committed only when all of it succeeded. With an
/// <c>Idempotency-Key</c>, the key is claimed in that same transaction for its owner (a unique
/// index decides between two racing requests), and a retry runs again with each mutation answering
/// what the first run did instead of writing; its payload is read afresh under the rules in force now.</summary>
internal sealed class WriteSession(HubDbContext db, IOptions<WritesOptions> options, TimeProvider time) : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, JsonElement> _outcomes = new(StringComparer.Ordinal);
    private IDbContextTransaction? _transaction;
    private Dictionary<string, JsonElement>? _replay;
    private long? _record;

    /// <summary>The request repeats an earlier one by its idempotency key.</summary>
    public bool IsReplay => _replay is not null;

    /// <summary>Opens the request's transaction and, with a key, claims it for its
    /// <paramref name="owner"/> (the writing agency, or the operator's tenant; none for a caller that
    /// may not write, whose request is refused before it writes anything); null when the request
    /// may run (anew, or as a replay), otherwise why it may not.</summary>
    public async Task<Refusal?> BeginAsync(string? key, Guid? owner, string fingerprintSource, DateTime now, CancellationToken cancellationToken)
    {
        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (key is null || owner is not { } ownerId)
        {
            return null;
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprintSource)));
        await IdempotencyPurge.Expired(db, now).Where(r => r.OwnerId == ownerId && r.Key == key).ExecuteDeleteAsync(cancellationToken);
        var record = new IdempotencyRecord { OwnerId = ownerId, Key = key, Fingerprint = fingerprint, CreatedAt = now, ExpiresAt = now.AddHours(options.Value.IdempotencyKeyHours) };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            _record = record.Id;
            return null;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // The key was claimed first by another request, which has committed by now: on
            // PostgreSQL this insert waited for it, on SQLite the transaction began only after it.
            await RollbackAsync();
        }

        var first = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.OwnerId == ownerId && r.Key == key, cancellationToken);
        if (first is not null && first.Fingerprint != fingerprint)
        {
            return new Refusal(ErrorCodes.IdempotencyKeyReused, "This Idempotency-Key was sent with another request (another document, operation, variables or caller). Use a new key for a new request.");
        }

        if (first?.Outcomes is null)
        {
            return new Refusal(ErrorCodes.IdempotencyKeyInProgress, "A request with this Idempotency-Key is still running. Retry after it has answered.");
        }

        _replay = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(first.Outcomes, Json);
        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return null;
    }

    /// <summary>Runs one mutation at its place in the response, or, in a replay, answers what it did
    /// the first time. What the mutation tracked but did not save is dropped either way.</summary>
    public async Task<T> RunAsync<T>(IResolveFieldContext context, Func<Task<T>> write)
    {
        var at = string.Join('.', context.ResponsePath);
        if (_replay is not null)
        {
            return _replay.TryGetValue(at, out var first) ? first.Deserialize<T>(Json)!
                : throw new InvalidOperationException("A replay runs the document of the first request, so every mutation has its outcome.");
        }

        if (_transaction is null)
        {
            throw new InvalidOperationException("A write runs only inside the request's transaction.");
        }

        try
        {
            var outcome = await write();
            _outcomes[at] = JsonSerializer.SerializeToElement(outcome, Json);
            return outcome;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Keeps the outcomes under the key and commits everything the request wrote; false,
    /// with everything undone, when the request is past <see cref="ChangedSince.CommitWindow"/>
    /// since the instant its writes are stamped with.</summary>
    public async Task<bool> CommitAsync(DateTime stampedAt, CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            return true;
        }

        if (time.GetUtcNow().UtcDateTime - stampedAt > ChangedSince.CommitWindow)
        {
            await RollbackAsync();
            return false;
        }

        if (_record is { } id)
        {
            var outcomes = JsonSerializer.Serialize(_outcomes, Json);
            await db.IdempotencyRecords.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcomes, outcomes), cancellationToken);
        }

        var transaction = _transaction;
        _transaction = null;
        await using (transaction)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>Undoes everything the request wrote, the key's claim included. Called again after a
    /// failed commit or rollback, it does nothing: the database ends a transaction whose connection
    /// fails by itself.</summary>
    public async Task RollbackAsync()
    {
        if (_transaction is not { } transaction)
        {
            return;
        }

        _transaction = null;
        db.ChangeTracker.Clear();
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection failed under the transaction (a failover, a dropped connection): the
            // database has ended it, nothing of it kept, and the request answers its own error.
        }
        finally
        {
            await transaction.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await RollbackAsync();
}
