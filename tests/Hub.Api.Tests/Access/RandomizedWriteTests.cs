using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Access.Oracle;
using Hub.Api.Tests.Infrastructure;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Access;

/// <summary>Random sequences of grantConsent, revokeConsent, referCase and the referral moves, by random
/// callers of random agencies (wrong parties, wrong states, stale versions, missing consent, suspended
/// recipients included), over random worlds. Each write's answer (written, or which codes), its payload,
/// the disclosure rows and the audit row it wrote are compared with <see cref="WriteModel"/>; after each,
/// the stored consents and referrals, and random reads of random callers, are compared with the oracle
/// as <see cref="RandomizedDisclosureTests"/> compares them, in the world the writes made.</summary>
public sealed class RandomizedWriteTests : IClassFixture<EmptyHub>
{
    private const int Worlds = 5;
    private const int StepsPerWorld = 40;
    private const int ReadsPerStep = 3;

    private static readonly string[] Countries = ["NGA", "THA", "KEN"];
    private static readonly string[] WriterRoles =
        [OracleRoles.CasesWrite, OracleRoles.ConsentManage, OracleRoles.CasesRead, OracleRoles.CasesReadIdentity];

    private static readonly string[] SecondCallerRoles =
        [OracleRoles.CasesWrite, OracleRoles.ConsentManage, OracleRoles.CasesRead, OracleRoles.CasesReadIdentity, "Projects.Read"];

    private readonly EmptyHub _hub;
    private readonly ITestOutputHelper _output;
    private readonly OracleReads _reads;
    private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<OracleCaller, string> _tokens = [];
    private WriteModel _model = null!;
    private WorldStore _store = null!;
    private Random _random = null!;
    private long _lastAudit;
    private int _steps;
    private int _readCount;
    private int _consentChangeReferralReads;

    public RandomizedWriteTests(EmptyHub hub, ITestOutputHelper output)
    {
        _hub = hub;
        _output = output;
        _reads = new OracleReads(hub, hub.CreateClient(), pending: true)
        {
            ReferralDetails = new ReferralDetails("purpose version respondedOn closedOn services servicesDelivered", CheckReferralDetails),
        };
    }

    private OracleWorld World => _model.World;

    private DateTime Now => _hub.Now;

    [Fact]
    public async Task EveryWrite_AndEveryReadAfterIt_MatchesTheOracle()
    {
        var started = DateTime.UtcNow;
        _store = new WorldStore(_hub);
        for (var seed = 1; seed <= Worlds; seed++)
        {
            var world = BuildWorld(seed);
            await _store.ReplaceAsync(world);
            _model = new WriteModel(world, Countries.ToHashSet(StringComparer.Ordinal),
                r => new WrittenReferral(r, 1, WorldStore.RespondedOn(r), WorldStore.ClosedOn(r), WorldStore.Services, []));
            _tokens.Clear();
            _random = new Random(seed);
            _lastAudit = await _hub.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;
            for (var step = 1; step <= StepsPerWorld; step++)
            {
                var where = $"world {seed} step {step}";
                var touched = await StepAsync(where);
                _steps++;
                await CompareStoredAsync(where);
                await ReadAfterAsync(where, touched);
                for (var i = 1; i < ReadsPerStep; i++)
                {
                    await RandomReadAsync($"{where} read {i}");
                }
            }
        }

        var outcomes = string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"));
        var written = _outcomes.Where(o => o.Key.EndsWith(" written", StringComparison.Ordinal)).Sum(o => o.Value);
        _output.WriteLine($"{Worlds} worlds, {_steps} writes ({written} written, {_steps - written} refused), {_readCount} reads ({_reads.Queries} queries, "
            + $"{_consentChangeReferralReads} of a referral right after its case's consent changed), {_reads.Differences.Count} differences, {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        _output.WriteLine($"outcomes: {outcomes}");
        Assert.True(_reads.Differences.Count == 0, string.Join('\n', _reads.Differences.Take(30)));
    }

    // ---- Worlds ----

    /// <summary>A random world with a suspended agency and at least three active ones; consents with
    /// ids, revocations only in the past (revokeConsent dates them now, so a future one never arises),
    /// referrals for random purposes; per agency a writer (Cases.Write, Consent.Manage, Cases.Read and
    /// sometimes Cases.ReadIdentity) and a caller of random roles.</summary>
    private OracleWorld BuildWorld(int seed)
    {
        var now = Now;
        var reference = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var options = new RandomWorldOptions { MinAgencies = 4, MaxAgencies = 7, MinCases = 6, MaxCases = 16, MaxConsentsPerCase = 3, Countries = Countries };
        var world = RandomWorld.Generate(1000 + seed, reference, options);
        var random = new Random(seed);
        var agencies = world.Agencies.ToList();
        agencies[^1] = agencies[^1] with { Status = AgencyStatus.Suspended };
        for (var i = 0; i < agencies.Count - 1 && agencies.Count(a => a.Status == AgencyStatus.Active) < 3; i++)
        {
            agencies[i] = agencies[i] with { Status = AgencyStatus.Active };
        }

        var callers = agencies.SelectMany(a => new[]
        {
            OracleCaller.Of(a.Id, [.. WriterRoles.Where(r => r != OracleRoles.CasesReadIdentity || random.Next(2) == 0)]),
            OracleCaller.Of(a.Id, [.. SecondCallerRoles.Where(_ => random.Next(2) == 0)]),
        }).ToList();
        return world with
        {
            Agencies = agencies,
            Consents = [.. world.Consents.Select(k => k with { Id = NewId(random), RevokedOn = k.RevokedOn > reference ? null : k.RevokedOn })],
            Referrals = [.. world.Referrals.Select(r => r with { Purpose = Enum.GetValues<Purpose>()[random.Next(4)] })],
            Callers = callers,
        };
    }

    private static Guid NewId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    // ---- Writes ----

    /// <summary>What a step wrote or tried to: the reads after it look there first.</summary>
    private sealed record Touched(Guid? CaseId, Guid? ReferralId, Purpose Purpose, IReadOnlyList<Guid> Agencies);

    private async Task<Touched?> StepAsync(string where)
    {
        var kind = _random.Next(100);
        return kind switch
        {
            < 25 => await GrantStepAsync(where),
            < 40 => await RevokeStepAsync(where),
            < 65 => await ReferStepAsync(where),
            _ => await MoveStepAsync(where),
        };
    }

    private async Task<Touched?> GrantStepAsync(string where)
    {
        var c = PickCase();
        var caller = _random.Next(4) > 0 ? CallerOf(c.OwnerAgencyId) : AnyCaller();
        var now = Now;
        Guid? agency = null;
        AgencyKind? kind = null;
        string? country = null;
        var r = _random.Next(100);
        if (r < 5)
        {
            agency = NewId(_random);
        }
        else if (r < 12)
        {
            agency = caller.AgencyId;
        }
        else if (r < 60)
        {
            agency = Pick(World.Agencies).Id;
        }
        else if (r < 97)
        {
            var named = Pick(World.Agencies);
            (kind, country) = _random.Next(10) < 7 ? (named.Kind, named.CountryCode) : (Enum.GetValues<AgencyKind>()[_random.Next(4)], Pick(Countries));
        }
        else
        {
            (kind, country) = (Enum.GetValues<AgencyKind>()[_random.Next(4)], "ZZZ");
        }

        var categories = _random.Next(30) == 0 ? DataCategory.None : (DataCategory)_random.Next(1, 16);
        var g = _random.Next(100);
        DateTime? grantedOn = g < 50 ? null : g < 90 ? now.AddHours(-_random.Next(0, 2000)) : now.AddHours(_random.Next(1, 48));
        var e = _random.Next(100);
        var expiresOn = e switch
        {
            < 75 => now.AddHours(_random.Next(1, 730 * 24)),
            < 78 => now + WriteModel.ConsentHorizon,
            < 80 => (grantedOn ?? now) + WriteModel.ConsentHorizon,
            < 84 => now.AddSeconds(1),
            < 88 => now,
            < 93 => now + WriteModel.ConsentHorizon + TimeSpan.FromSeconds(1),
            _ => now.AddHours(-_random.Next(1, 100)),
        };
        var grant = new GrantInput(c.Id, AnyPurpose(), agency, kind, country, categories, grantedOn, expiresOn);
        var input = new Dictionary<string, object?>
        {
            ["caseId"] = c.Id,
            ["purpose"] = new Literal(_reads.Name(grant.Purpose)),
            ["recipient"] = agency is { } id
                ? new Dictionary<string, object?> { ["agencyId"] = id }
                : new Dictionary<string, object?> { ["kind"] = new Literal(_reads.Name(kind!.Value)), ["country"] = country },
            ["categories"] = GraphQLNames.Split(categories).Select(x => (object?)new Literal(GraphQLNames.Category(x))).ToList(),
            ["expiresOn"] = expiresOn,
            ["evidence"] = new Literal(_reads.Name(Enum.GetValues<ConsentEvidence>()[_random.Next(Enum.GetValues<ConsentEvidence>().Length)])),
        };
        if (grantedOn is { } granted)
        {
            input["grantedOn"] = granted;
        }

        var selects = SelectsObject(caller);
        const string ConsentSelection = "id version purpose categories grantedOn expiresOn revokedOn recipientAgency { id } recipientKind recipientCountry { code }";
        var answer = await WriteAsync(where, "grantConsent", caller, OracleRoles.ConsentManage, input, selects ? $"consent {{ {ConsentSelection} }}" : null,
            () => _model.Grant(caller, grant, now));
        if (answer is null)
        {
            return null;
        }

        if (answer.Written)
        {
            var newId = selects ? Guid.Parse(answer.Payload["consent"]!["id"]!.GetValue<string>()) : await NewIdAsync(db => db.Consents.Select(k => k.Id), _model.Consents.Select(k => k.Consent.Id));
            var written = _model.ApplyGrant(grant, newId, now);
            if (selects)
            {
                CompareConsent(where, written, answer.Payload["consent"]!);
            }

            await CheckAuditAsync(where, "grantConsent", newId);
        }
        else
        {
            ExpectNull(where, answer, "consent");
            await CheckAuditAsync(where, null, null);
        }

        await _reads.CompareLogAsync(Site(caller, grant.Purpose, where), answer.Operation, new ExpectedDisclosures(grant.Purpose));
        return new Touched(c.Id, null, grant.Purpose, agency is { } one ? [one] : [.. World.Agencies.Where(a => a.Kind == kind && a.CountryCode == country).Select(a => a.Id)]);
    }

    private async Task<Touched?> RevokeStepAsync(string where)
    {
        var k = _model.Consents.Count == 0 || _random.Next(20) == 0 ? null : Pick(_model.Consents);
        var owner = k is null ? (Guid?)null : World.FindCase(k.Consent.CaseId)!.OwnerAgencyId;
        var caller = owner is { } o && _random.Next(4) > 0 ? CallerOf(o) : AnyCaller();
        var revoke = new RevokeInput(k?.Consent.Id ?? NewId(_random), StaleOr(k?.Version ?? 1));
        var input = new Dictionary<string, object?> { ["id"] = revoke.Id, ["version"] = revoke.Version };
        var selects = SelectsObject(caller);
        var answer = await WriteAsync(where, "revokeConsent", caller, OracleRoles.ConsentManage, input, selects ? "consent { id version revokedOn }" : null,
            () => _model.Revoke(caller, revoke));
        if (answer is null)
        {
            return null;
        }

        var purpose = k?.Consent.Purpose ?? Purpose.Assistance;
        if (answer.Written && k is not null)
        {
            var written = _model.ApplyRevoke(k.Consent.Id, Now);
            if (selects)
            {
                CompareConsent(where, written, answer.Payload["consent"]!);
            }

            await CheckAuditAsync(where, "revokeConsent", k.Consent.Id);
        }
        else
        {
            ExpectNull(where, answer, "consent");
            await CheckAuditAsync(where, null, null);
        }

        await _reads.CompareLogAsync(Site(caller, purpose, where), answer.Operation, new ExpectedDisclosures(purpose));
        return k is null ? null : new Touched(k.Consent.CaseId, null, purpose, Named(k.Consent));
    }

    private async Task<Touched?> ReferStepAsync(string where)
    {
        // Often along an active consent that names another active agency (the referral is then made
        // unless one is open already); otherwise any consent of the case (inactive ones: NO_CONSENT),
        // the owner itself, an unknown or suspended agency, or any agency for any purpose.
        OracleCase c;
        Purpose purpose;
        Guid to;
        var usable = World.Consents.Where(k => DisclosureOracle.IsActive(k, Now) && Others(k).Count > 0).ToList();
        var r = _random.Next(100);
        if (r < 55 && usable.Count > 0)
        {
            var k = Pick(usable);
            (c, purpose, to) = (World.FindCase(k.CaseId)!, _random.Next(10) > 0 ? k.Purpose : AnyPurpose(), Pick(Others(k)));
        }
        else
        {
            c = PickCase();
            purpose = AnyPurpose();
            var consents = World.Consents.Where(k => k.CaseId == c.Id).ToList();
            if (r < 70 && consents.Count > 0)
            {
                var k = Pick(consents);
                var named = Named(k);
                (purpose, to) = (k.Purpose, named.Count > 0 ? Pick(named) : Pick(World.Agencies).Id);
            }
            else
            {
                to = r switch
                {
                    < 76 => c.OwnerAgencyId,
                    < 80 => NewId(_random),
                    < 86 => World.Agencies.Last(a => a.Status != AgencyStatus.Active).Id,
                    _ => Pick(World.Agencies).Id,
                };
            }
        }

        var caller = _random.Next(5) > 0 ? CallerOf(c.OwnerAgencyId) : AnyCaller();
        IReadOnlyList<Service> services = _random.Next(30) == 0 ? [] : [.. Enum.GetValues<Service>().OrderBy(_ => _random.Next()).Take(_random.Next(1, 4))];
        var refer = new ReferInput(c.Id, purpose, to, services);
        var input = new Dictionary<string, object?>
        {
            ["caseId"] = c.Id,
            ["purpose"] = new Literal(_reads.Name(purpose)),
            ["toAgencyId"] = to,
            ["services"] = services.Select(s => (object?)new Literal(_reads.Name(s))).ToList(),
        };
        var referral = await ReferralWriteAsync(where, "referCase", caller, input, () => _model.Refer(caller, refer, Now),
            id => World.FindCase(c.Id) is null || World.FindAgency(to) is null ? null : _model.ApplyRefer(caller, refer, id, Now));
        return new Touched(c.Id, referral, purpose, [to]);
    }

    private async Task<Touched?> MoveStepAsync(string where)
    {
        var open = _model.Referrals.Where(r => WriteModel.IsOpen(r.Referral.Status)).ToList();
        var r = _model.Referrals.Count == 0 || _random.Next(20) == 0 ? null
            : open.Count > 0 && _random.Next(10) < 6 ? Pick(open) : Pick(_model.Referrals);
        var p = _random.Next(100);
        var caller = r is null ? AnyCaller() : p < 40 ? CallerOf(r.Referral.ToAgencyId) : p < 75 ? CallerOf(r.Referral.FromAgencyId) : AnyCaller();
        ReferralMove move;
        if (r is not null && _random.Next(10) < 6)
        {
            move = caller.AgencyId == r.Referral.ToAgencyId
                ? r.Referral.Status switch
                {
                    ReferralStatus.Pending => _random.Next(2) == 0 ? ReferralMove.Accept : ReferralMove.Decline,
                    ReferralStatus.Accepted => ReferralMove.Complete,
                    _ => Enum.GetValues<ReferralMove>()[_random.Next(3)],
                }
                : ReferralMove.Withdraw;
        }
        else
        {
            move = Enum.GetValues<ReferralMove>()[_random.Next(4)];
        }

        var asked = r?.Services ?? WorldStore.Services;
        IReadOnlyList<Service> delivered = _random.Next(20) switch
        {
            0 => [],
            1 => [.. asked, Enum.GetValues<Service>().First(s => !asked.Contains(s))],
            _ => [.. asked.Where(_ => _random.Next(3) > 0).DefaultIfEmpty(asked[0])],
        };
        var moveInput = new MoveInput(move, r?.Referral.Id ?? NewId(_random), StaleOr(r?.Version ?? 1), delivered);
        var input = new Dictionary<string, object?> { ["id"] = moveInput.Id, ["version"] = moveInput.Version };
        switch (move)
        {
            case ReferralMove.Decline:
                input["reason"] = "No place free this month";
                break;
            case ReferralMove.Complete:
                input["servicesDelivered"] = delivered.Select(s => (object?)new Literal(_reads.Name(s))).ToList();
                break;
        }

        var mutation = move switch
        {
            ReferralMove.Accept => "acceptReferral",
            ReferralMove.Decline => "declineReferral",
            ReferralMove.Complete => "completeReferral",
            _ => "withdrawReferral",
        };
        var moved = await ReferralWriteAsync(where, mutation, caller, input, () => _model.Move(caller, moveInput),
            _ => r is null ? null : _model.ApplyMove(moveInput, Now));
        return r is null ? null : new Touched(r.Referral.CaseId, moved ?? r.Referral.Id, r.Referral.Purpose, [r.Referral.FromAgencyId, r.Referral.ToAgencyId]);
    }

    /// <summary>A referral write: its answer, its payload (the referral and its case, read for the
    /// referral's purpose) with the disclosure rows it wrote, and its audit row. The referral's id.</summary>
    private async Task<Guid?> ReferralWriteAsync(string where, string mutation, OracleCaller caller, Dictionary<string, object?> input,
        Func<IReadOnlyList<string>> expected, Func<Guid, WrittenReferral?> apply)
    {
        var selects = SelectsObject(caller);
        var caseFields = selects && _random.Next(10) < 7 ? OracleReads.RandomFields(_random) : null;
        var answer = await WriteAsync(where, mutation, caller, OracleRoles.CasesWrite, input, selects ? $"referral {{ {_reads.ReferralSelection(caseFields)} }}" : null, expected);
        if (answer is null)
        {
            return null;
        }

        if (!answer.Written)
        {
            ExpectNull(where, answer, "referral");
            await CheckAuditAsync(where, null, null);
            await _reads.CompareLogAsync(Site(caller, Purpose.Assistance, where), answer.Operation, new ExpectedDisclosures(Purpose.Assistance));
            return null;
        }

        var id = selects ? Guid.Parse(answer.Payload["referral"]!["id"]!.GetValue<string>())
            : input.TryGetValue("id", out var moved) ? (Guid)moved! : await NewIdAsync(db => db.Referrals.Select(r => r.Id), _model.Referrals.Select(r => r.Referral.Id));
        if (apply(id) is not { } written)
        {
            return null;
        }

        var purpose = written.Referral.Purpose;
        var log = new ExpectedDisclosures(purpose);
        if (selects)
        {
            _reads.CompareReferral(Site(caller, purpose, $"{where} {mutation} payload"), Now, written.Referral, answer.Payload["referral"]!, caseFields, log);
        }

        await CheckAuditAsync(where, mutation, id);
        await _reads.CompareLogAsync(Site(caller, purpose, $"{where} {mutation}"), answer.Operation, log);
        return id;
    }

    /// <summary>The answer of one write as far as it agreed with the oracle's prediction.</summary>
    private sealed record WriteAnswer(bool Written, JsonNode Payload, string Operation);

    /// <summary>Sends the mutation and compares its answer with the oracle's: a refusal of the request
    /// (then null: nothing was written, nothing logged, no audit row), or the payload's error codes. A
    /// write the Hub made against the prediction still counts as written, so that the model follows.</summary>
    private async Task<WriteAnswer?> WriteAsync(string where, string mutation, OracleCaller caller, string role, Dictionary<string, object?> input,
        string? objectSelection, Func<IReadOnlyList<string>> expected)
    {
        var refusal = _model.Refusal(caller, role, objectSelection is not null);
        var document = $"{{ {mutation}(input: {Render(input)}) {{ errors {{ code field }} {objectSelection} }} }}";
        var (response, operation) = await _reads.MutateAsync(document, Token(caller));
        where = $"{where} {mutation}";
        if (refusal is not null)
        {
            Count($"{mutation} {refusal}");
            if (response.Status != HttpStatusCode.Forbidden || response.ErrorCodes.Count == 0 || response.ErrorCodes.Any(c => c != refusal) || response.Data is not null)
            {
                _reads.Add($"{where}: expected 403 {refusal}, got {(int)response.Status} {OracleReads.Excerpt(response.Body)}");
            }

            await CheckAuditAsync(where, null, null);
            await _reads.CompareLogAsync(Site(caller, Purpose.Assistance, where), operation, new ExpectedDisclosures(Purpose.Assistance));
            return null;
        }

        if (response.Status != HttpStatusCode.OK || response.Json["errors"] is not null || response.Data?[mutation] is not { } payload)
        {
            _reads.Add($"{where}: expected an answer, got {(int)response.Status} {OracleReads.Excerpt(response.Body)}");
            return null;
        }

        var want = expected();
        var errors = payload["errors"]!.AsArray();
        var got = errors.Select(e => e!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Count($"{mutation} {(want.Count == 0 ? "written" : string.Join('+', want))}");
        if (!want.SequenceEqual(got))
        {
            _reads.Add($"{where} {Render(input)}: expected [{string.Join(", ", want)}], got [{string.Join(", ", got)}] {OracleReads.Excerpt(payload.ToJsonString())}");
        }

        foreach (var error in errors)
        {
            var path = error!["field"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
            if (path.Count > 0 && !InputHas(input, path))
            {
                _reads.Add($"{where}: error {error["code"]} names [{string.Join(", ", path)}], which is not in the input");
            }
        }

        return new WriteAnswer(got.Count == 0, payload, operation);
    }

    private static bool InputHas(Dictionary<string, object?> input, List<string> path) =>
        input.TryGetValue(path[0], out var value) && (path.Count == 1 || (value is Dictionary<string, object?> inner && InputHas(inner, path[1..])));

    private void ExpectNull(string where, WriteAnswer answer, string field)
    {
        if (answer.Payload[field] is not null)
        {
            _reads.Add($"{where}: a refused write answered a {field}: {OracleReads.Excerpt(answer.Payload.ToJsonString())}");
        }
    }

    /// <summary>Whether the payload selects the written object: mostly for a caller that may read it,
    /// sometimes for one that may not (the request is then refused as a whole).</summary>
    private bool SelectsObject(OracleCaller caller) =>
        DisclosureOracle.AllowedByRoles(caller.Roles) != DataCategory.None ? _random.Next(10) < 9 : _random.Next(10) < 2;

    /// <summary>Mostly the version the oracle holds; sometimes one before or after it.</summary>
    private int StaleOr(int version) => _random.Next(100) < 12 ? version + (_random.Next(2) == 0 ? -1 : 1) : version;

    private void CompareConsent(string where, WrittenConsent written, JsonNode node)
    {
        var want = RenderConsent(written);
        var got = RenderConsent(node, written.Consent.Id);
        var selected = node.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        if (!selected.Contains("purpose"))
        {
            // revokeConsent selects id, version and revokedOn only.
            (want, got) = ($"{written.Consent.Id} v{written.Version} revoked {Instant(written.Consent.RevokedOn)}",
                $"{node["id"]} v{node["version"]} revoked {Instant(node["revokedOn"])}");
        }

        if (want != got)
        {
            _reads.Add($"{where}: consent payload expected {want}, got {got}");
        }
    }

    /// <summary>The audit rows written since the last check: one for the write, naming it and its object, or none.</summary>
    private async Task CheckAuditAsync(string where, string? action, Guid? entityId)
    {
        var rows = await _hub.WithDbAsync(db => db.AuditEntries.Where(a => a.Id > _lastAudit).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Action, a.EntityId }).ToListAsync());
        _lastAudit = rows.Count > 0 ? rows[^1].Id : _lastAudit;
        var got = string.Join("; ", rows.Select(r => $"{r.Action} {r.EntityId}"));
        var want = action is null ? "" : $"{action} {entityId}";
        if (!string.Equals(want, got, StringComparison.OrdinalIgnoreCase))
        {
            _reads.Add($"{where}: audit rows expected [{want}], got [{got}]");
        }
    }

    /// <summary>The one id the Hub has that the model does not: what a write made, when its payload
    /// did not select it.</summary>
    private async Task<Guid> NewIdAsync(Func<HubDbContext, IQueryable<Guid>> ids, IEnumerable<Guid> known)
    {
        var all = await _hub.WithDbAsync(db => ids(db).ToListAsync());
        var fresh = all.Except(known).ToList();
        return fresh.Count == 1 ? fresh[0] : throw new InvalidOperationException($"Expected one new id, found {fresh.Count}.");
    }

    // ---- Comparing the stored state ----

    /// <summary>The Hub's consents and referrals, as stored, are the model's: a refused write changed nothing.</summary>
    private async Task CompareStoredAsync(string where)
    {
        var (consents, referrals) = await _hub.WithDbAsync(async db => (
            await db.Consents.Select(k => new { k.Id, k.Version, k.RevokedOn }).ToListAsync(),
            await db.Referrals.Select(r => new { r.Id, r.Status, r.Version, r.Purpose }).ToListAsync()));
        var storedConsents = consents.Select(k => $"{k.Id} v{k.Version} {Instant(k.RevokedOn)}").ToHashSet(StringComparer.Ordinal);
        var modelConsents = _model.Consents.Select(k => $"{k.Consent.Id} v{k.Version} {Instant(k.Consent.RevokedOn)}").ToHashSet(StringComparer.Ordinal);
        if (!storedConsents.SetEquals(modelConsents))
        {
            _reads.Add($"{where}: stored consents differ: [{string.Join("; ", storedConsents.Except(modelConsents))}] stored, [{string.Join("; ", modelConsents.Except(storedConsents))}] expected");
        }

        var storedReferrals = referrals.Select(r => $"{r.Id} {r.Status} v{r.Version} {r.Purpose}").ToHashSet(StringComparer.Ordinal);
        var modelReferrals = _model.Referrals.Select(r => $"{r.Referral.Id} {r.Referral.Status} v{r.Version} {r.Referral.Purpose}").ToHashSet(StringComparer.Ordinal);
        if (!storedReferrals.SetEquals(modelReferrals))
        {
            _reads.Add($"{where}: stored referrals differ: [{string.Join("; ", storedReferrals.Except(modelReferrals))}] stored, [{string.Join("; ", modelReferrals.Except(storedReferrals))}] expected");
        }
    }

    // ---- Reads ----

    /// <summary>A read where the write was: the referral by one of its parties, or the case by an agency
    /// the consent names, mostly for the purpose written.</summary>
    private async Task ReadAfterAsync(string where, Touched? touched)
    {
        if (touched is null)
        {
            await RandomReadAsync($"{where} read 0");
            return;
        }

        _readCount++;
        var reader = touched.Agencies.Count > 0 && _random.Next(5) > 0 ? ReaderOf(Pick(touched.Agencies)) : AnyCaller();
        var purpose = _random.Next(4) > 0 ? touched.Purpose : AnyPurpose();
        var at = Site(reader, purpose, $"{where} read 0");

        // After a consent changed: half the time a referral of its case that an agency it names received
        // (a revocation takes the case from the recipient of an open referral, which keeps the record).
        var received = touched.ReferralId is null
            ? World.Referrals.Where(r => r.CaseId == touched.CaseId && touched.Agencies.Contains(r.ToAgencyId)).ToList()
            : [];
        if (received.Count > 0 && _random.Next(2) == 0)
        {
            var r = Pick(received);
            _consentChangeReferralReads++;
            await _reads.CompareReferralAsync(Site(ReaderOf(r.ToAgencyId), r.Purpose, at.Where), r.Id, OracleReads.RandomFields(_random));
        }
        else if (touched.ReferralId is { } referral && World.FindReferral(referral) is not null)
        {
            await _reads.CompareReferralAsync(at, referral, _random.Next(4) > 0 ? OracleReads.RandomFields(_random) : null);
        }
        else if (touched.CaseId is { } caseId)
        {
            await _reads.CompareSingleAsync(at, caseId, OracleReads.RandomFields(_random));
        }
    }

    private async Task RandomReadAsync(string where)
    {
        _readCount++;
        var at = Site(AnyCaller(), AnyPurpose(), where);
        var kind = _random.Next(100);
        switch (kind)
        {
            case < 20:
                await _reads.CompareCasesAsync(at, OracleReads.RandomFields(_random));
                break;
            case < 40:
                await _reads.CompareSingleAsync(at, Pick(World.Cases).Id, OracleReads.RandomFields(_random));
                break;
            case < 60:
                await _reads.CompareReferralsAsync(at, _random.Next(4) > 0 ? OracleReads.RandomFields(_random) : null);
                break;
            case < 75:
                var referral = World.Referrals.Count > 0 && _random.Next(10) > 0 ? Pick(World.Referrals).Id : NewId(_random);
                await _reads.CompareReferralAsync(at, referral, _random.Next(4) > 0 ? OracleReads.RandomFields(_random) : null);
                break;
            case < 85:
                await _reads.CompareReferralsOfCaseAsync(at, Pick(World.Cases).Id);
                break;
            default:
                var c = Pick(World.Cases);
                await CompareConsentsAsync(_random.Next(10) < 7 ? Site(ReaderOf(c.OwnerAgencyId), at.Purpose, where) : at, c.Id);
                break;
        }
    }

    /// <summary><c>Case.consents</c>: the owner's view of every consent of the case (versions and
    /// revocations as written), null for anyone else.</summary>
    private async Task CompareConsentsAsync(OracleSite at, Guid caseId)
    {
        var (response, operation) = await _reads.QueryAsync(
            $"{{ case(id: \"{caseId}\", purpose: {_reads.Name(at.Purpose)}) {{ id consents {{ id version purpose categories grantedOn expiresOn revokedOn recipientAgency {{ id }} recipientKind recipientCountry {{ code }} }} }} }}",
            at.Token);
        var log = new ExpectedDisclosures(at.Purpose);
        if (_reads.ExpectAnswer(at, response))
        {
            var c = World.FindCase(caseId)!;
            var node = response.Data!["case"];
            if (DisclosureOracle.IsVisible(World, at.Caller, at.Purpose, Now, c) != node is not null)
            {
                _reads.Add($"{at.Where} {at.Purpose}: case {caseId} with its consents: visibility differs");
            }
            else if (node is not null)
            {
                log.Shown(caseId, DataCategory.None);
                var isOwner = DisclosureOracle.ActiveAgency(World, at.Caller)?.Id == c.OwnerAgencyId;
                var got = node["consents"]?.AsArray().Select(k => RenderConsent(k!, Guid.Parse(k!["id"]!.GetValue<string>()))).Order(StringComparer.Ordinal).ToList();
                var want = isOwner ? _model.Consents.Where(k => k.Consent.CaseId == caseId).Select(RenderConsent).Order(StringComparer.Ordinal).ToList() : null;
                if (want is null != got is null || (want is not null && !want.SequenceEqual(got!)))
                {
                    _reads.Add($"{at.Where}: case {caseId} consents (owner: {isOwner}) expected [{(want is null ? "null" : string.Join("; ", want))}], got [{(got is null ? "null" : string.Join("; ", got))}]");
                }
            }
        }

        await _reads.CompareLogAsync(at, operation, log);
    }

    private string? CheckReferralDetails(OracleReferral referral, JsonNode node)
    {
        if (_model.FindReferral(referral.Id) is not { } r)
        {
            return "unknown to the write model";
        }

        var want = $"{_reads.Name(referral.Purpose)} v{r.Version} responded {Instant(r.RespondedOn)} closed {Instant(r.ClosedOn)} services {Names(r.Services)} delivered {Names(r.Delivered)}";
        var got = $"{node["purpose"]} v{node["version"]} responded {Instant(node["respondedOn"])} closed {Instant(node["closedOn"])} services {Names(node["services"])} delivered {Names(node["servicesDelivered"])}";
        return want == got ? null : $"expected {want}, got {got}";
    }

    // ---- Helpers ----

    private OracleSite Site(OracleCaller caller, Purpose purpose, string where) => new(World, caller, Token(caller), purpose, where);

    private string Token(OracleCaller caller)
    {
        if (!_tokens.TryGetValue(caller, out var token))
        {
            token = TestTokens.Mint(_hub, new TokenSpec { TenantId = _store.TenantOf[caller.AgencyId], Roles = [.. caller.Roles] });
            _tokens[caller] = token;
        }

        return token;
    }

    /// <summary>A caller of the agency: mostly its writer, sometimes its other caller.</summary>
    private OracleCaller CallerOf(Guid agencyId)
    {
        var callers = World.Callers.Where(c => c.AgencyId == agencyId).ToList();
        return callers.Count == 0 ? AnyCaller() : _random.Next(5) > 0 ? callers[0] : Pick(callers);
    }

    /// <summary>Either caller of the agency, alike.</summary>
    private OracleCaller ReaderOf(Guid agencyId)
    {
        var callers = World.Callers.Where(c => c.AgencyId == agencyId).ToList();
        return callers.Count == 0 ? AnyCaller() : Pick(callers);
    }

    private OracleCaller AnyCaller() => Pick(World.Callers);

    /// <summary>Mostly a case whose owner is active (a suspended owner's writes are all refused alike).</summary>
    private OracleCase PickCase()
    {
        var ofActive = World.Cases.Where(c => World.FindAgency(c.OwnerAgencyId)!.Status == AgencyStatus.Active).ToList();
        return ofActive.Count > 0 && _random.Next(5) > 0 ? Pick(ofActive) : Pick(World.Cases);
    }

    private Purpose AnyPurpose() => Enum.GetValues<Purpose>()[_random.Next(4)];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>The world's agencies a consent names.</summary>
    private List<Guid> Named(OracleConsent k) => [.. World.Agencies.Where(a => DisclosureOracle.Names(k, a)).Select(a => a.Id)];

    /// <summary>The active agencies other than the case's owner that a consent names.</summary>
    private List<Guid> Others(OracleConsent k) =>
        [.. Named(k).Where(a => a != World.FindCase(k.CaseId)!.OwnerAgencyId && World.FindAgency(a)!.Status == AgencyStatus.Active)];

    private void Count(string outcome) => _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;

    private string RenderConsent(WrittenConsent written)
    {
        var k = written.Consent;
        return $"{k.Id} v{written.Version} {_reads.Name(k.Purpose)} {Names(GraphQLNames.Split(k.Categories).Select(GraphQLNames.Category))} "
            + $"{Instant(k.GrantedOn)} {Instant(k.ExpiresOn)} {Instant(k.RevokedOn)} {k.RecipientAgencyId?.ToString() ?? "-"} "
            + $"{(k.RecipientKind is { } kind ? _reads.Name(kind) : "-")} {k.RecipientCountryCode ?? "-"}";
    }

    private static string RenderConsent(JsonNode node, Guid id) =>
        $"{id} v{node["version"]} {node["purpose"]} {Names(node["categories"])} "
        + $"{Instant(node["grantedOn"])} {Instant(node["expiresOn"])} {Instant(node["revokedOn"])} {node["recipientAgency"]?["id"]?.GetValue<string>() ?? "-"} "
        + $"{node["recipientKind"]?.GetValue<string>() ?? "-"} {node["recipientCountry"]?["code"]?.GetValue<string>() ?? "-"}";

    private static string Instant(DateTime? value) =>
        value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture) : "null";

    private static string Instant(JsonNode? node) =>
        node is null ? "null" : Instant(DateTime.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));

    private string Names(IEnumerable<Service> services) => Names(services.Select(s => _reads.Name(s)));

    private static string Names(IEnumerable<string> names) => "[" + string.Join(',', names.Order(StringComparer.Ordinal)) + "]";

    private static string Names(JsonNode? list) => list is null ? "null" : Names(list.AsArray().Select(n => n!.GetValue<string>()));

    /// <summary>A GraphQL enum value or other literal written as is.</summary>
    private sealed record Literal(string Text);

    /// <summary>An input object as a GraphQL literal.</summary>
    private static string Render(object? value) => value switch
    {
        null => "null",
        Literal literal => literal.Text,
        string text => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        Guid id => $"\"{id}\"",
        int number => number.ToString(CultureInfo.InvariantCulture),
        DateTime instant => $"\"{instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\"",
        Dictionary<string, object?> fields => "{ " + string.Join(", ", fields.Select(f => $"{f.Key}: {Render(f.Value)}")) + " }",
        List<object?> items => "[" + string.Join(", ", items.Select(Render)) + "]",
        _ => throw new ArgumentException($"No literal for {value.GetType().Name}.", nameof(value)),
    };
}
