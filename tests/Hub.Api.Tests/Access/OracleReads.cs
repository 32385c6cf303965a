using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Tests.Access.Oracle;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>Who asks, for what, and where in the run (for messages).</summary>
public sealed record OracleSite(OracleWorld World, OracleCaller Caller, string Token, Purpose Purpose, string Where);

/// <summary>More of a referral's record to select and check than its parties, status and date.</summary>
/// <param name="Selection">Fields to add to every referral selection.</param>
/// <param name="Check">What differs between the oracle's referral and the Hub's node; null when nothing.</param>
public sealed record ReferralDetails(string Selection, Func<OracleReferral, JsonNode, string?> Check);

/// <summary>Reads of the Hub compared with the oracle: each response, its counts and pages, and the
/// disclosure rows it wrote (found by the operation's own name). Differences are collected, not thrown,
/// so that a run reports all of them.</summary>
public sealed class OracleReads(HubFactory hub, HttpClient client, bool pending)
{
    private const int PageSize = 3;

    private readonly List<string> _differences = [];
    private int _queries;
    private int _mutations;

    /// <summary>What differed so far.</summary>
    public IReadOnlyList<string> Differences => _differences;

    /// <summary>The queries sent so far.</summary>
    public int Queries => _queries;

    /// <summary>More of each referral to select and check; none unless set.</summary>
    public ReferralDetails? ReferralDetails { get; init; }

    /// <summary>Notes a difference found by the caller.</summary>
    public void Add(string difference) => _differences.Add(difference);

    /// <summary>The time the oracle judges consents at: the request's.</summary>
    public DateTime RequestTime() => hub.Now;

    public async Task CompareCasesAsync(OracleSite at, IReadOnlyList<string> fields)
    {
        var (response, operation) = await QueryAsync($"{{ cases(purpose: {Name(at.Purpose)}, first: 100) {{ totalCount nodes {{ {Selection(fields)} }} }} }}", at.Token);
        var log = new ExpectedDisclosures(at.Purpose);
        if (ExpectAnswer(at, response))
        {
            var t = RequestTime();
            var expected = DisclosureOracle.OrderedCases(at.World, at.Caller, at.Purpose, t, filter: null, CaseOrder.Default);
            var nodes = response.Data!["cases"]!["nodes"]!.AsArray();
            CompareIds(at, "cases", expected, [.. nodes.Select(n => Id(n!))], ordered: true);
            CompareCount(at, "cases totalCount", expected.Count, response.Data!["cases"]!["totalCount"]);
            foreach (var node in nodes.Where(n => expected.Contains(Id(n!))))
            {
                CompareCase(at, t, node!, fields, log);
            }
        }

        await CompareLogAsync(at, operation, log);
    }

    public async Task CompareFilterAsync(OracleSite at, (OracleFilter Oracle, string Hub) filter)
    {
        var (response, operation) = await QueryAsync($"{{ cases(purpose: {Name(at.Purpose)}, first: 100, where: {filter.Hub}) {{ nodes {{ id }} }} }}", at.Token);
        var log = new ExpectedDisclosures(at.Purpose);
        if (ExpectAnswer(at, response))
        {
            var t = RequestTime();
            var expected = DisclosureOracle.OrderedCases(at.World, at.Caller, at.Purpose, t, filter.Oracle, CaseOrder.Default);
            CompareIds(at, $"filter {filter.Hub}", expected, [.. response.Data!["cases"]!["nodes"]!.AsArray().Select(n => Id(n!))], ordered: false);
            foreach (var id in expected)
            {
                // A filter reads the categories it names of every case it chose, where they are disclosed.
                log.Shown(id, ReadBy(filter.Oracle) & DisclosureOracle.DisclosedCategories(at.World, at.Caller, at.Purpose, t, at.World.FindCase(id)!));
            }
        }

        await CompareLogAsync(at, operation, log);

        // A count of the cases a filter chose would tell of each unrecorded: it is refused.
        var (counted, countOperation) = await QueryAsync($"{{ cases(purpose: {Name(at.Purpose)}, where: {filter.Hub}) {{ totalCount }} }}", at.Token);
        if (!IsRefused(at.World, at.Caller) && (response.ErrorCodes.Count == 0) && (!counted.ErrorCodes.SequenceEqual(["INVALID_FILTER"]) || counted.Json["data"] is not null))
        {
            _differences.Add($"{at.Where}: totalCount under filter {filter.Hub} should be refused with INVALID_FILTER, got {(int)counted.Status} {Excerpt(counted.Body)}");
        }

        await CompareLogAsync(at, countOperation, new ExpectedDisclosures(at.Purpose));
    }

    /// <summary>The gated categories a filter names, anywhere in it.</summary>
    private static DataCategory ReadBy(OracleFilter filter) => filter switch
    {
        FieldFilter leaf => CaseFields.Categories.TryGetValue(leaf.Field, out var category) ? category : DataCategory.None,
        SetFilter set => CaseFields.Categories.TryGetValue(set.Field, out var category) ? category : DataCategory.None,
        AndFilter and => and.Operands.Aggregate(DataCategory.None, (all, f) => all | ReadBy(f)),
        OrFilter or => or.Operands.Aggregate(DataCategory.None, (all, f) => all | ReadBy(f)),
        NotFilter not => ReadBy(not.Operand),
        _ => DataCategory.None,
    };

    public async Task CompareInvalidFilterAsync(OracleSite at, string filter)
    {
        var (response, operation) = await QueryAsync($"{{ cases(purpose: {Name(at.Purpose)}, first: 100, where: {filter}) {{ totalCount nodes {{ id givenName }} }} }}", at.Token);
        if (response.Json["errors"] is null || response.ErrorCodes.Any(c => c != "INVALID_FILTER") || response.Data?["cases"] is { } cases && cases is not null)
        {
            _differences.Add($"{at.Where}: filter {filter} should be refused with INVALID_FILTER alone and no data, got {(int)response.Status} {Excerpt(response.Body)}");
        }

        await CompareLogAsync(at, operation, new ExpectedDisclosures(at.Purpose));
    }

    public async Task CompareSingleAsync(OracleSite at, Guid id, IReadOnlyList<string> fields)
    {
        var (response, operation) = await QueryAsync($"{{ case(id: \"{id}\", purpose: {Name(at.Purpose)}) {{ {Selection(fields)} }} }}", at.Token);
        var log = new ExpectedDisclosures(at.Purpose);
        if (ExpectAnswer(at, response))
        {
            var t = RequestTime();
            var node = response.Data!["case"];
            var visible = DisclosureOracle.IsVisible(at.World, at.Caller, at.Purpose, t, at.World.FindCase(id)!);
            if (visible != node is not null)
            {
                _differences.Add($"{at.Where} {at.Purpose}: case {id} visible={visible} but the Hub answered {(node is null ? "null" : "it")}");
            }
            else if (node is not null)
            {
                CompareCase(at, t, node, fields, log);
            }
        }

        await CompareLogAsync(at, operation, log);
    }

    public async Task CompareReferralsAsync(OracleSite at, IReadOnlyList<string>? caseFields)
    {
        var (response, operation) = await QueryAsync($"{{ referrals(purpose: {Name(at.Purpose)}, first: 100) {{ totalCount nodes {{ {ReferralSelection(caseFields)} }} }} }}", at.Token);
        var log = new ExpectedDisclosures(at.Purpose);
        if (ExpectAnswer(at, response))
        {
            var t = RequestTime();
            var expected = DisclosureOracle.VisibleReferrals(at.World, at.Caller);
            var nodes = response.Data!["referrals"]!["nodes"]!.AsArray();
            CompareIds(at, "referrals", [.. expected.Select(r => r.Id)], [.. nodes.Select(n => Id(n!))], ordered: false);
            CompareCount(at, "referrals totalCount", expected.Count, response.Data!["referrals"]!["totalCount"]);
            foreach (var node in nodes)
            {
                if (at.World.FindReferral(Id(node!)) is { } referral && expected.Contains(referral))
                {
                    CompareReferral(at, t, referral, node!, caseFields, log);
                }
            }
        }

        await CompareLogAsync(at, operation, log);
    }

    public async Task CompareReferralAsync(OracleSite at, Guid id, IReadOnlyList<string>? caseFields)
    {
        var (response, operation) = await QueryAsync($"{{ referral(id: \"{id}\", purpose: {Name(at.Purpose)}) {{ {ReferralSelection(caseFields)} }} }}", at.Token);
        var log = new ExpectedDisclosures(at.Purpose);
        if (ExpectAnswer(at, response))
        {
            var expected = DisclosureOracle.FindReferral(at.World, at.Caller, id);
            var node = response.Data!["referral"];
            if (expected is null != node is null)
            {
                _differences.Add($"{at.Where} {at.Purpose}: referral {id} expected {(expected is null ? "null" : "it")}, the Hub answered {(node is null ? "null" : "it")}");
            }
            else if (expected is not null)
            {
                CompareReferral(at, RequestTime(), expected, node!, caseFields, log);
            }
        }

        await CompareLogAsync(at, operation, log);
    }

    public async Task CompareReferralsOfCaseAsync(OracleSite at, Guid caseId)
    {
        var (response, operation) = await QueryAsync($"{{ case(id: \"{caseId}\", purpose: {Name(at.Purpose)}) {{ id referrals(first: 100) {{ totalCount nodes {{ id }} }} }} }}", at.Token);
        var log = new ExpectedDisclosures(at.Purpose);
        if (ExpectAnswer(at, response))
        {
            var c = at.World.FindCase(caseId)!;
            var node = response.Data!["case"];
            if (DisclosureOracle.IsVisible(at.World, at.Caller, at.Purpose, RequestTime(), c) != node is not null)
            {
                _differences.Add($"{at.Where} {at.Purpose}: case {caseId} with its referrals: visibility differs");
            }
            else if (node is not null)
            {
                log.Shown(caseId, DataCategory.None);
                var expected = DisclosureOracle.ReferralsOfCase(at.World, at.Caller, c);
                CompareIds(at, $"case {caseId} referrals", [.. expected.Select(r => r.Id)], [.. node["referrals"]!["nodes"]!.AsArray().Select(n => Id(n!))], ordered: false);
                CompareCount(at, $"case {caseId} referrals totalCount", expected.Count, node["referrals"]!["totalCount"]);
            }
        }

        await CompareLogAsync(at, operation, log);
    }

    /// <summary>Walks every page of <c>first: 3</c> (or <c>last: 3</c>) to the end: each page is the next
    /// slice of the expected order, with exact hasNextPage and hasPreviousPage, and logs its cases.</summary>
    public async Task ComparePagesAsync(OracleSite at, CaseOrder order, bool forward)
    {
        var expected = DisclosureOracle.OrderedCases(at.World, at.Caller, at.Purpose, RequestTime(), filter: null, order).ToList();
        var orderArgument = order == CaseOrder.ReferenceAscending ? ", order: [{ reference: ASC }]" : "";
        var walked = new List<Guid>();
        string? cursor = null;
        var what = $"{(forward ? "forward" : "backward")} pages, {order}";
        for (var page = 0; page <= (expected.Count / PageSize) + 1; page++)
        {
            var paging = forward
                ? $"first: {PageSize}{(cursor is null ? "" : $", after: \"{cursor}\"")}"
                : $"last: {PageSize}{(cursor is null ? "" : $", before: \"{cursor}\"")}";
            var (response, operation) = await QueryAsync(
                $"{{ cases(purpose: {Name(at.Purpose)}, {paging}{orderArgument}) {{ edges {{ cursor node {{ id }} }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}", at.Token);
            var log = new ExpectedDisclosures(at.Purpose);
            if (!ExpectAnswer(at, response))
            {
                return;
            }

            var ids = response.Data!["cases"]!["edges"]!.AsArray().Select(e => Id(e!["node"]!)).ToList();
            var info = response.Data!["cases"]!["pageInfo"]!;
            var end = forward ? Math.Min(expected.Count, walked.Count + PageSize) : expected.Count - walked.Count;
            var start = forward ? walked.Count : Math.Max(0, end - PageSize);
            var slice = expected.Skip(start).Take(end - start).ToList();
            if (!slice.SequenceEqual(ids))
            {
                _differences.Add($"{at.Where} {at.Purpose} {what}: page {page} expected [{string.Join(", ", slice.Select(id => expected.IndexOf(id)))}] (positions), got [{string.Join(", ", ids.Select(id => expected.IndexOf(id)))}]");
                return;
            }

            foreach (var id in ids)
            {
                log.Pointed(id);
            }

            // A page after (before) a cursor tells where its items stand: the one read beyond it,
            // which hasNextPage (hasPreviousPage) tells of, is disclosed too.
            var beyond = forward ? end : start - 1;
            if (cursor is not null && beyond >= 0 && beyond < expected.Count)
            {
                log.Pointed(expected[beyond]);
            }

            await CompareLogAsync(at, operation, log);
            var (hasNext, hasPrevious) = (info["hasNextPage"]!.GetValue<bool>(), info["hasPreviousPage"]!.GetValue<bool>());
            if (hasNext != end < expected.Count || hasPrevious != start > 0)
            {
                _differences.Add($"{at.Where} {at.Purpose} {what}: page {page} of items {start}..{end} of {expected.Count}: hasNextPage {hasNext}, hasPreviousPage {hasPrevious}");
            }

            if (ids.Count == 0 != (info["startCursor"] is null) || ids.Count == 0 != (info["endCursor"] is null))
            {
                _differences.Add($"{at.Where} {at.Purpose} {what}: page {page} of {ids.Count} items has cursors {info["startCursor"]}/{info["endCursor"]}");
            }

            walked.InsertRange(forward ? walked.Count : 0, ids);
            cursor = ids.Count == 0 ? null : info[forward ? "endCursor" : "startCursor"]?.GetValue<string>();
            if ((forward ? hasNext : hasPrevious) is false || cursor is null)
            {
                break;
            }
        }

        if (!walked.SequenceEqual(expected) || walked.Distinct().Count() != walked.Count)
        {
            _differences.Add($"{at.Where} {at.Purpose} {what}: walked {walked.Count} cases ({walked.Distinct().Count()} distinct), expected {expected.Count}");
        }
    }

    public async Task CompareEmptyPageAsync(OracleSite at)
    {
        var (response, operation) = await QueryAsync($"{{ cases(purpose: {Name(at.Purpose)}, first: 0) {{ totalCount nodes {{ id }} pageInfo {{ hasNextPage startCursor endCursor }} }} }}", at.Token);
        if (ExpectAnswer(at, response))
        {
            var visible = DisclosureOracle.VisibleCases(at.World, at.Caller, at.Purpose, RequestTime()).Count;
            var cases = response.Data!["cases"]!;
            if (cases["nodes"]!.AsArray().Count != 0 || cases["pageInfo"]!["hasNextPage"]!.GetValue<bool>() != visible > 0
                || cases["pageInfo"]!["startCursor"] is not null || cases["pageInfo"]!["endCursor"] is not null)
            {
                _differences.Add($"{at.Where} {at.Purpose}: first: 0 with {visible} visible answered {Excerpt(cases.ToJsonString())}");
            }

            CompareCount(at, "first: 0 totalCount", visible, cases["totalCount"]);
        }

        await CompareLogAsync(at, operation, new ExpectedDisclosures(at.Purpose));
    }

    public void CompareReferral(OracleSite at, DateTime t, OracleReferral referral, JsonNode node, IReadOnlyList<string>? caseFields, ExpectedDisclosures log)
    {
        var record = $"{Name(referral.Status)} {referral.FromAgencyId} {referral.ToAgencyId} {referral.ReferredOn:O}";
        var got = $"{node["status"]} {node["fromAgency"]!["id"]} {node["toAgency"]!["id"]} {DateTime.Parse(node["referredOn"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal):O}";
        if (record != got)
        {
            _differences.Add($"{at.Where} {at.Purpose} referral {referral.Id}: expected {record}, got {got}");
        }

        if (ReferralDetails?.Check(referral, node) is { } difference)
        {
            _differences.Add($"{at.Where} {at.Purpose} referral {referral.Id}: {difference}");
        }

        if (caseFields is not null)
        {
            var visible = DisclosureOracle.IsVisible(at.World, at.Caller, at.Purpose, t, at.World.FindCase(referral.CaseId)!);
            var shown = node["case"];
            if (visible != shown is not null)
            {
                _differences.Add($"{at.Where} {at.Purpose} referral {referral.Id}: case visible={visible}, the Hub answered {(shown is null ? "null" : "it")}");
            }
            else if (shown is not null)
            {
                CompareCase(at, t, shown, caseFields, log);
            }
        }

        if (pending)
        {
            var want = DisclosureOracle.WithheldOfReferral(at.World, at.Caller, at.Purpose, t, referral, caseFields is not null)
                .Select(w => $"{w.Field}/{GraphQLNames.Reason(w.Reason)}").Order(StringComparer.Ordinal);
            var gotWithheld = node["withheld"]!.AsArray().Select(w => $"{w!["field"]}/{w["reason"]}").Order(StringComparer.Ordinal);
            if (!want.SequenceEqual(gotWithheld))
            {
                _differences.Add($"{at.Where} {at.Purpose} referral {referral.Id} withheld: expected [{string.Join(", ", want)}], got [{string.Join(", ", gotWithheld)}]");
            }
        }
    }

    public void CompareCase(OracleSite at, DateTime t, JsonNode node, IReadOnlyList<string> fields, ExpectedDisclosures log)
    {
        var id = Id(node);
        var expected = DisclosureOracle.Project(at.World, at.Caller, at.Purpose, t, id, fields)!;
        log.Shown(id, expected.DisclosedInResponse);
        foreach (var field in fields)
        {
            var want = Render(expected.Fields[field]);
            var got = Render(node[field]);
            if (want != got)
            {
                _differences.Add($"{at.Where} {at.Purpose} case {id} {field}: expected {want}, got {got}");
            }
        }

        var wantWithheld = expected.Withheld.Select(w => $"{w.Field}/{w.CategoryName}/{w.ReasonName}").Order(StringComparer.Ordinal);
        var gotWithheld = node["withheld"]!.AsArray().Select(w => $"{w!["field"]}/{w["category"]}/{w["reason"]}").Order(StringComparer.Ordinal);
        if (!wantWithheld.SequenceEqual(gotWithheld))
        {
            _differences.Add($"{at.Where} {at.Purpose} case {id} withheld: expected [{string.Join(", ", wantWithheld)}], got [{string.Join(", ", gotWithheld)}]");
        }
    }

    public void CompareIds(OracleSite at, string what, IReadOnlyList<Guid> expected, IReadOnlyList<Guid> actual, bool ordered)
    {
        var same = ordered ? expected.SequenceEqual(actual) : expected.ToHashSet().SetEquals(actual) && actual.Count == actual.Distinct().Count();
        if (!same)
        {
            var missing = expected.Except(actual).Count();
            var extra = actual.Except(expected).Count();
            _differences.Add($"{at.Where} {at.Purpose}: {what}: expected {expected.Count}, got {actual.Count} ({missing} missing, {extra} extra{(ordered && missing + extra == 0 ? ", order differs" : "")})");
        }
    }

    public void CompareCount(OracleSite at, string what, int expected, JsonNode? actual)
    {
        if (actual?.GetValue<int>() != expected)
        {
            _differences.Add($"{at.Where} {at.Purpose}: {what}: expected {expected}, got {actual?.ToJsonString() ?? "null"}");
        }
    }

    /// <summary>Rules 9 and 12: the rows written for the operation are exactly the expected ones.</summary>
    public async Task CompareLogAsync(OracleSite at, string operation, ExpectedDisclosures expected)
    {
        var rows = await hub.WithDbAsync(db => db.Disclosures.Where(d => d.OperationName == operation)
            .Select(d => new { d.CaseId, d.Purpose, d.Categories }).ToListAsync());
        var actual = rows.Select(r => (r.CaseId, r.Purpose, r.Categories)).ToList();
        var want = expected.Rows;
        if (actual.Count != actual.Distinct().Count() || actual.Select(r => (r.CaseId, r.Purpose)).Distinct().Count() != actual.Count)
        {
            _differences.Add($"{at.Where} {operation}: several disclosure rows for one case and purpose: {actual.Count} rows for {actual.Select(r => r.CaseId).Distinct().Count()} cases");
        }

        if (!want.SetEquals(actual))
        {
            static string Show(IEnumerable<(Guid CaseId, Purpose Purpose, DataCategory Categories)> rows) =>
                string.Join("; ", rows.Select(r => $"{r.CaseId.ToString()[..8]} {r.Purpose} {r.Categories}"));
            _differences.Add($"{at.Where} {operation}: disclosure rows: expected {want.Count} [{Show(want.Except(actual))}] missing, "
                + $"got {actual.Count} [{Show(actual.Except(want))}] unexpected");
        }
    }

    public static bool IsRefused(OracleWorld world, OracleCaller caller) =>
        DisclosureOracle.ActiveAgency(world, caller) is null || DisclosureOracle.AllowedByRoles(caller.Roles) == DataCategory.None;

    // The Hub refuses outright, before reading anything, what the oracle answers with an empty or
    // fully withheld result: a suspended agency's requests, and case reads without a case role. The
    // missing role is found on the token alone and so is reported first.
    public bool ExpectAnswer(OracleSite at, GraphQLResponse response)
    {
        var suspended = DisclosureOracle.ActiveAgency(at.World, at.Caller) is null;
        var noCaseRole = DisclosureOracle.AllowedByRoles(at.Caller.Roles) == DataCategory.None;
        if (suspended || noCaseRole)
        {
            var expectedCode = noCaseRole ? "MISSING_ROLE" : "AGENCY_SUSPENDED";
            if (response.Status != HttpStatusCode.Forbidden || !response.ErrorCodes.SequenceEqual([expectedCode]) || response.Data is not null)
            {
                _differences.Add($"{at.Where}: expected 403 {expectedCode}, got {(int)response.Status} {Excerpt(response.Body)}");
            }

            if (suspended && !noCaseRole && (DisclosureOracle.VisibleCases(at.World, at.Caller, Purpose.Assistance, RequestTime()).Count > 0
                || DisclosureOracle.VisibleReferrals(at.World, at.Caller).Count > 0))
            {
                _differences.Add($"{at.Where}: the oracle shows a suspended agency cases or referrals");
            }

            return false;
        }

        if (response.Status != HttpStatusCode.OK || response.Json["errors"] is not null)
        {
            _differences.Add($"{at.Where}: {(int)response.Status} {Excerpt(response.Body)}");
            return false;
        }

        return true;
    }

    /// <summary>Each gated field with even chance; sometimes none, sometimes all, sometimes some of one
    /// category only (which a caller's roles may not open at all).</summary>
    public static List<string> RandomFields(Random random) => random.Next(7) switch
    {
        0 => [],
        1 => [.. CaseFields.All],
        2 => OneCategory(random, GraphQLNames.Split(DisclosureOracle.AllCategories)[random.Next(4)]),
        _ => [.. CaseFields.All.Where(_ => random.Next(2) == 0)],
    };

    private static List<string> OneCategory(Random random, DataCategory category)
    {
        var fields = CaseFields.All.Where(f => CaseFields.Categories[f] == category).ToList();
        var some = fields.Where(_ => random.Next(2) == 0).ToList();
        return some.Count > 0 ? some : [fields[random.Next(fields.Count)]];
    }

    public static string Selection(IReadOnlyList<string> fields) =>
        "id " + string.Join(' ', fields.Select(f => CaseFields.CountryFields.Contains(f) ? f + " { code }" : f)) + " withheld { field category reason }";

    public string ReferralSelection(IReadOnlyList<string>? caseFields) =>
        "id status referredOn fromAgency { id } toAgency { id }" + (ReferralDetails is null ? "" : " " + ReferralDetails.Selection)
        + (caseFields is null ? "" : $" case {{ {Selection(caseFields)} }}")
        + (pending ? " withheld { field reason }" : "");

    /// <summary>One canonical text for an oracle value or a JSON value of the same field.</summary>
    public string Render(object? value) => value switch
    {
        null => "null",
        JsonObject country => country["code"]!.GetValue<string>(),
        JsonArray list => "[" + string.Join(',', list.Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal)) + "]",
        JsonValue json => json.GetValue<string>(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => Name(e),
        System.Collections.IEnumerable items and not string => "[" + string.Join(',', items.Cast<Enum>().Select(Name).Order(StringComparer.Ordinal)) + "]",
        _ => value.ToString()!,
    };

    public static Guid Id(JsonNode node) => Guid.Parse(node["id"]!.GetValue<string>());

    public static string Excerpt(string text) => text[..Math.Min(300, text.Length)];

    /// <summary>Sends the document under a name of its own, by which its disclosure rows are found.</summary>
    public async Task<(GraphQLResponse Response, string Operation)> QueryAsync(string document, string token)
    {
        var operation = $"Q{++_queries}";
        return (await client.PostAsync($"query {operation} {document}", token), operation);
    }

    /// <summary>Sends a mutation under a name of its own, as <see cref="QueryAsync"/> does a query.</summary>
    public async Task<(GraphQLResponse Response, string Operation)> MutateAsync(string document, string token)
    {
        var operation = $"M{++_mutations}";
        return (await client.PostAsync($"mutation {operation} {document}", token), operation);
    }

    public string Name(Enum value)
    {
        var schema = hub.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        var type = (EnumerationGraphType)schema.AllTypes[value.GetType().Name]!;
        return type.Values.FindByValue(value)!.Name;
    }
}
