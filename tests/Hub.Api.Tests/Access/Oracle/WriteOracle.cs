using Hub.Data.Entities;

namespace Hub.Api.Tests.Access.Oracle;

// The oracle's side of the consent and referral writes (DESIGN §3 "Writes", and the contract's
// UserErrorCode descriptions), over a world it keeps up to date as writes succeed. Written from the
// rules, apart from the production writers.

/// <summary><c>grantConsent</c>: one agency (<see cref="RecipientAgencyId"/>), or a kind and a country.
/// <see cref="GrantedOn"/> null leaves it out (the Hub takes the request's instant).</summary>
public sealed record GrantInput(
    Guid CaseId,
    Purpose Purpose,
    Guid? RecipientAgencyId,
    AgencyKind? RecipientKind,
    string? RecipientCountryCode,
    DataCategory Categories,
    DateTime? GrantedOn,
    DateTime ExpiresOn);

/// <summary><c>revokeConsent</c>.</summary>
public sealed record RevokeInput(Guid Id, int Version);

/// <summary><c>referCase</c>, the recipient by id.</summary>
public sealed record ReferInput(Guid CaseId, Purpose Purpose, Guid ToAgencyId, IReadOnlyList<Service> Services);

/// <summary>The four moves of a referral's life, each a mutation of its own.</summary>
public enum ReferralMove
{
    Accept,
    Decline,
    Complete,
    Withdraw,
}

/// <summary>A move of a referral; <see cref="Delivered"/> is what <c>completeReferral</c> names.</summary>
public sealed record MoveInput(ReferralMove Move, Guid Id, int Version, IReadOnlyList<Service> Delivered);

/// <summary>A consent as the oracle knows it after the writes so far.</summary>
public sealed record WrittenConsent(OracleConsent Consent, int Version);

/// <summary>A referral as the oracle knows it after the writes so far: its record and what the moves set.</summary>
public sealed record WrittenReferral(
    OracleReferral Referral,
    int Version,
    DateTime? RespondedOn,
    DateTime? ClosedOn,
    IReadOnlyList<Service> Services,
    IReadOnlyList<Service> Delivered);

/// <summary>The GraphQL spellings of the answers the oracle predicts.</summary>
public static class WriteCodes
{
    // Request refusals (errors[].extensions.code), before anything is written.
    public const string MissingRole = "MISSING_ROLE";
    public const string AgencySuspended = "AGENCY_SUSPENDED";

    // UserErrorCode values (payload errors[].code).
    public const string Required = "REQUIRED";
    public const string InvalidValue = "INVALID_VALUE";
    public const string UnknownCountry = "UNKNOWN_COUNTRY";
    public const string UnknownAgency = "UNKNOWN_AGENCY";
    public const string RecipientSuspended = "RECIPIENT_SUSPENDED";
    public const string RecipientIsOwner = "RECIPIENT_IS_OWNER";
    public const string DuplicateConsent = "DUPLICATE_CONSENT";
    public const string DateInFuture = "DATE_IN_FUTURE";
    public const string DateInPast = "DATE_IN_PAST";
    public const string DatesOutOfOrder = "DATES_OUT_OF_ORDER";
    public const string BeyondHorizon = "BEYOND_HORIZON";
    public const string DuplicateReferral = "DUPLICATE_REFERRAL";
    public const string NotFound = "NOT_FOUND";
    public const string NoConsent = "NO_CONSENT";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string VersionConflict = "VERSION_CONFLICT";
}

/// <summary>The world as writes change it, and the expected answer of each write. Choices where DESIGN
/// is silent (the contract's descriptions decide where they speak):
/// <list type="bullet">
/// <item>Every write happens at the request's instant <c>now</c>: a consent granted without
/// <c>grantedOn</c> holds from <c>now</c>, a revocation is dated <c>now</c> (so it holds at the next
/// request, rule "revocation takes effect on the very next request"), a referral is made and moved at
/// <c>now</c>. <c>version</c> starts at 1 and goes up by one with each change.</item>
/// <item>Before anything is written: a missing role (<c>Consent.Manage</c> for consents, <c>Cases.Write</c>
/// for referrals, and a case role when the payload selects the consent or referral, rule 13) refuses the
/// request with <c>MISSING_ROLE</c>; otherwise an agency that is not active gets <c>AGENCY_SUSPENDED</c>.</item>
/// <item>Objects of another agency answer as missing ones: a case the caller's agency does not own, a
/// consent of such a case, a referral it is not a party to are <c>NOT_FOUND</c>, like ids that exist
/// nowhere.</item>
/// <item>A consent lasts at most the horizon (two years) from when it was given, and expires at most that far
/// from now (<c>BEYOND_HORIZON</c>).</item>
/// <item>An input's faults are reported together (compared as a multiset of codes), except: a date has one
/// fault at most (<c>expiresOn</c>: not after <c>grantedOn</c>, else not after now, else beyond the horizon);
/// the recipient has one fault at most (unknown, else the caller's own agency, else suspended, else no
/// consent; a consent is looked for only on a case the caller owns); <c>DUPLICATE_REFERRAL</c> is told
/// only of an otherwise valid referral.</item>
/// <item>A suspended recipient of a referral is <c>RECIPIENT_SUSPENDED</c> (the contract's code for
/// "nothing can be shared with it") rather than <c>NO_CONSENT</c>. A consent may name a suspended agency.</item>
/// <item>One open (pending or accepted) referral of a case to an agency for a purpose at a time, whoever
/// sent the open one.</item>
/// <item>A move is judged in this order: found (a party), then the version, then whether the life allows it
/// from where it stands by this party, then what it carries (the services delivered: at least one, each
/// asked for). Revocation likewise: found, version, then not revoked before (a consent is revoked once).</item>
/// <item>Dates the moves set: accept and decline set <c>respondedOn</c>; decline, complete and withdraw
/// set <c>closedOn</c>; nothing else changes them.</item>
/// </list></summary>
public sealed class WriteModel
{
    /// <summary>How long a consent may last, and how far ahead it may expire: two years (the contract's default).</summary>
    public static readonly TimeSpan ConsentHorizon = TimeSpan.FromDays(730);

    private static readonly (ReferralStatus From, ReferralMove Move, bool ByRecipient)[] Life =
    [
        (ReferralStatus.Pending, ReferralMove.Accept, true),
        (ReferralStatus.Pending, ReferralMove.Decline, true),
        (ReferralStatus.Pending, ReferralMove.Withdraw, false),
        (ReferralStatus.Accepted, ReferralMove.Complete, true),
        (ReferralStatus.Accepted, ReferralMove.Withdraw, false),
    ];

    private readonly OracleWorld _base;
    private readonly IReadOnlySet<string> _knownCountries;
    private readonly List<WrittenConsent> _consents;
    private readonly List<WrittenReferral> _referrals;
    private OracleWorld? _world;

    /// <param name="world">The world as stored; its consents must have ids.</param>
    /// <param name="knownCountries">The country codes the registry knows (at least the world's).</param>
    /// <param name="stored">How the world's referrals were stored: dates and services.</param>
    public WriteModel(OracleWorld world, IReadOnlySet<string> knownCountries, Func<OracleReferral, WrittenReferral> stored)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(stored);
        _base = world;
        _knownCountries = knownCountries;
        _consents = [.. world.Consents.Select(k => new WrittenConsent(k, 1))];
        _referrals = [.. world.Referrals.Select(stored)];
    }

    /// <summary>The world as the reads should see it now.</summary>
    public OracleWorld World => _world ??= _base with
    {
        Consents = [.. _consents.Select(k => k.Consent)],
        Referrals = [.. _referrals.Select(r => r.Referral)],
    };

    public IReadOnlyList<WrittenConsent> Consents => _consents;

    public IReadOnlyList<WrittenReferral> Referrals => _referrals;

    public WrittenConsent? FindConsent(Guid id) => _consents.FirstOrDefault(k => k.Consent.Id == id);

    public WrittenReferral? FindReferral(Guid id) => _referrals.FirstOrDefault(r => r.Referral.Id == id);

    /// <summary>Whether a referral is open: pending or accepted.</summary>
    public static bool IsOpen(ReferralStatus status) => status is ReferralStatus.Pending or ReferralStatus.Accepted;

    /// <summary>Whether the life allows <paramref name="move"/> from <paramref name="from"/> by the
    /// recipient (<paramref name="byRecipient"/>) or the sender.</summary>
    public static bool Allows(ReferralStatus from, ReferralMove move, bool byRecipient) => Life.Contains((from, move, byRecipient));

    /// <summary>The request-level refusal of a write, or null when it runs: <c>MISSING_ROLE</c> when the
    /// token lacks <paramref name="role"/>, or a case role while the payload's object is selected;
    /// otherwise <c>AGENCY_SUSPENDED</c> for a caller whose agency is not active.</summary>
    public string? Refusal(OracleCaller caller, string role, bool selectsObject)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Roles.Contains(role) || (selectsObject && DisclosureOracle.AllowedByRoles(caller.Roles) == DataCategory.None))
        {
            return WriteCodes.MissingRole;
        }

        return DisclosureOracle.ActiveAgency(World, caller) is null ? WriteCodes.AgencySuspended : null;
    }

    /// <summary>The codes <c>grantConsent</c> answers, in ordinal order; none when it is written.</summary>
    public IReadOnlyList<string> Grant(OracleCaller caller, GrantInput input, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var agency = Active(caller);
        var errors = new List<string>();
        var owned = World.FindCase(input.CaseId) is { } c && c.OwnerAgencyId == agency.Id;
        if (!owned)
        {
            errors.Add(WriteCodes.NotFound);
        }

        if ((input.Categories & DisclosureOracle.AllCategories) == DataCategory.None)
        {
            errors.Add(WriteCodes.Required);
        }

        var granted = input.GrantedOn ?? now;
        if (granted > now)
        {
            errors.Add(WriteCodes.DateInFuture);
        }

        // Out of order only against a grant date the client gave; without one the consent holds
        // from now, and an expiry not after it lies in the past.
        if (input.GrantedOn is not null && input.ExpiresOn <= granted)
        {
            errors.Add(WriteCodes.DatesOutOfOrder);
        }
        else if (input.ExpiresOn <= now)
        {
            errors.Add(WriteCodes.DateInPast);
        }
        else if (input.ExpiresOn > now + ConsentHorizon || input.ExpiresOn > granted + ConsentHorizon)
        {
            errors.Add(WriteCodes.BeyondHorizon);
        }

        // Whom a consent names is judged for a case of the caller's: nothing can be shared with a
        // suspended agency, and the owner needs no consent.
        if (input.RecipientAgencyId is { } recipient)
        {
            if (World.FindAgency(recipient) is not { } named)
            {
                errors.Add(WriteCodes.UnknownAgency);
            }
            else if (owned && recipient == agency.Id)
            {
                errors.Add(WriteCodes.RecipientIsOwner);
            }
            else if (owned && named.Status != AgencyStatus.Active)
            {
                errors.Add(WriteCodes.RecipientSuspended);
            }
        }
        else if (input.RecipientCountryCode is not { } country || !_knownCountries.Contains(country))
        {
            errors.Add(WriteCodes.UnknownCountry);
        }

        // A second active copy of a consent would outlive the revocation of the first.
        var kind = input.RecipientAgencyId is null ? input.RecipientKind : null;
        var countryCode = input.RecipientAgencyId is null ? input.RecipientCountryCode : null;
        if (errors.Count == 0 && _consents.Any(k => k.Consent.CaseId == input.CaseId && k.Consent.Purpose == input.Purpose
            && k.Consent.Categories == input.Categories && k.Consent.RecipientAgencyId == input.RecipientAgencyId
            && k.Consent.RecipientKind == kind && k.Consent.RecipientCountryCode == countryCode
            && k.Consent.RevokedOn is null && k.Consent.ExpiresOn > now))
        {
            errors.Add(WriteCodes.DuplicateConsent);
        }

        return Sorted(errors);
    }

    /// <summary>Records a granted consent under the id the Hub gave it.</summary>
    public WrittenConsent ApplyGrant(GrantInput input, Guid id, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var consent = new OracleConsent(
            input.CaseId,
            input.Purpose,
            input.RecipientAgencyId,
            input.RecipientAgencyId is null ? input.RecipientKind : null,
            input.RecipientAgencyId is null ? input.RecipientCountryCode : null,
            input.Categories,
            input.GrantedOn ?? now,
            input.ExpiresOn,
            RevokedOn: null)
        { Id = id };
        var written = new WrittenConsent(consent, 1);
        _consents.Add(written);
        _world = null;
        return written;
    }

    /// <summary>The codes <c>revokeConsent</c> answers; none when it is written.</summary>
    public IReadOnlyList<string> Revoke(OracleCaller caller, RevokeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var agency = Active(caller);
        if (FindConsent(input.Id) is not { } k || World.FindCase(k.Consent.CaseId)?.OwnerAgencyId != agency.Id)
        {
            return [WriteCodes.NotFound];
        }

        if (k.Version != input.Version)
        {
            return [WriteCodes.VersionConflict];
        }

        return k.Consent.RevokedOn is null ? [] : [WriteCodes.InvalidTransition];
    }

    public WrittenConsent ApplyRevoke(Guid id, DateTime now)
    {
        var index = _consents.FindIndex(k => k.Consent.Id == id);
        var before = _consents[index];
        _consents[index] = new WrittenConsent(before.Consent with { RevokedOn = now }, before.Version + 1);
        _world = null;
        return _consents[index];
    }

    /// <summary>The codes <c>referCase</c> answers; none when it is written.</summary>
    public IReadOnlyList<string> Refer(OracleCaller caller, ReferInput input, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var agency = Active(caller);
        var errors = new List<string>();
        var c = World.FindCase(input.CaseId);
        var owned = c is not null && c.OwnerAgencyId == agency.Id;
        if (!owned)
        {
            errors.Add(WriteCodes.NotFound);
        }

        if (input.Services.Count == 0)
        {
            errors.Add(WriteCodes.Required);
        }

        // The recipient is judged for a case of the caller's only.
        var recipient = World.FindAgency(input.ToAgencyId);
        if (recipient is null)
        {
            errors.Add(WriteCodes.UnknownAgency);
        }
        else if (owned && recipient.Id == agency.Id)
        {
            errors.Add(WriteCodes.RecipientIsOwner);
        }
        else if (owned && recipient.Status != AgencyStatus.Active)
        {
            errors.Add(WriteCodes.RecipientSuspended);
        }
        else if (owned && !DisclosureOracle.ActiveConsents(World, recipient, input.Purpose, now, c!).Any())
        {
            errors.Add(WriteCodes.NoConsent);
        }

        if (errors.Count == 0 && _referrals.Any(r => r.Referral.CaseId == input.CaseId && r.Referral.ToAgencyId == input.ToAgencyId
            && r.Referral.Purpose == input.Purpose && IsOpen(r.Referral.Status)))
        {
            errors.Add(WriteCodes.DuplicateReferral);
        }

        return Sorted(errors);
    }

    /// <summary>Records a referral made under the id the Hub gave it: pending, made now by the caller's agency.</summary>
    public WrittenReferral ApplyRefer(OracleCaller caller, ReferInput input, Guid id, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var referral = new OracleReferral(id, input.CaseId, caller.AgencyId, input.ToAgencyId, ReferralStatus.Pending, now) { Purpose = input.Purpose };
        var written = new WrittenReferral(referral, 1, null, null, [.. input.Services.Distinct()], []);
        _referrals.Add(written);
        _world = null;
        return written;
    }

    /// <summary>The codes a move answers; none when it is made.</summary>
    public IReadOnlyList<string> Move(OracleCaller caller, MoveInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var agency = Active(caller);
        if (FindReferral(input.Id) is not { } r || (r.Referral.FromAgencyId != agency.Id && r.Referral.ToAgencyId != agency.Id))
        {
            return [WriteCodes.NotFound];
        }

        if (r.Version != input.Version)
        {
            return [WriteCodes.VersionConflict];
        }

        if (!Allows(r.Referral.Status, input.Move, byRecipient: r.Referral.ToAgencyId == agency.Id))
        {
            return [WriteCodes.InvalidTransition];
        }

        if (input.Move == ReferralMove.Complete)
        {
            if (input.Delivered.Count == 0)
            {
                return [WriteCodes.Required];
            }

            if (input.Delivered.Any(s => !r.Services.Contains(s)))
            {
                return [WriteCodes.InvalidValue];
            }
        }

        return [];
    }

    public WrittenReferral ApplyMove(MoveInput input, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var index = _referrals.FindIndex(r => r.Referral.Id == input.Id);
        var before = _referrals[index];
        var status = input.Move switch
        {
            ReferralMove.Accept => ReferralStatus.Accepted,
            ReferralMove.Decline => ReferralStatus.Declined,
            ReferralMove.Complete => ReferralStatus.Completed,
            ReferralMove.Withdraw => ReferralStatus.Withdrawn,
            _ => throw new ArgumentOutOfRangeException(nameof(input), input.Move, null),
        };
        _referrals[index] = before with
        {
            Referral = before.Referral with { Status = status },
            Version = before.Version + 1,
            RespondedOn = input.Move is ReferralMove.Accept or ReferralMove.Decline ? now : before.RespondedOn,
            ClosedOn = input.Move is ReferralMove.Accept ? before.ClosedOn : now,
            Delivered = input.Move is ReferralMove.Complete ? [.. before.Services.Where(input.Delivered.Contains)] : before.Delivered,
        };
        _world = null;
        return _referrals[index];
    }

    // The writes run only for an active agency (see Refusal).
    private OracleAgency Active(OracleCaller caller) =>
        DisclosureOracle.ActiveAgency(World, caller) ?? throw new InvalidOperationException("The request is refused before any write: see Refusal.");

    private static string[] Sorted(List<string> codes) => [.. codes.Order(StringComparer.Ordinal)];
}
