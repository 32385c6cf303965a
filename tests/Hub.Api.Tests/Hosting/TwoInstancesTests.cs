using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Paging;
using Hub.Api.Tests.Registry;
using Hub.Api.Tests.TrustedDocuments;
using Hub.Api.Tests.Writes;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.IdempotentRequests;
using static Hub.Api.Tests.Writes.Writer;

namespace Hub.Api.Tests.Hosting;

/// <summary>DESIGN §5: instances share nothing but the database, so two of them answer as one.
/// Two Hub processes on one database: what one of them was told, the other answers by on its very
/// next request, whatever it remembered before.</summary>
public sealed class TwoInstancesTests(TwoHubProcesses hubs) : IClassFixture<TwoHubProcesses>
{
    private readonly Writer _onA = new(hubs, hubs.A);
    private readonly Operator _operatorOnA = new(hubs, hubs.A);

    [Fact]
    public async Task ACursorMadeByEitherInstance_OpensOnTheOther_ForItsAgencyOnly()
    {
        for (var i = 0; i < 6; i++)
        {
            await _onA.RegisterCaseAsync();
        }

        var token = await _onA.TokenAsync(Sender, HubRoles.CasesRead);
        var stranger = await _onA.TokenAsync(Stranger, HubRoles.CasesRead);
        var first = await hubs.A.PostAsync(CursorTests.Page, token, new { purpose = "ASSISTANCE" });
        var fromA = EndCursor(first);

        var secondOnA = await hubs.A.PostAsync(CursorTests.Page, token, new { after = fromA, purpose = "ASSISTANCE" });
        var secondOnB = await hubs.B.PostAsync(CursorTests.Page, token, new { after = fromA, purpose = "ASSISTANCE" });
        var thirdOnA = await hubs.A.PostAsync(CursorTests.Page, token, new { after = EndCursor(secondOnB), purpose = "ASSISTANCE" });
        var strangerOnB = await hubs.B.PostAsync(CursorTests.Page, stranger, new { after = fromA, purpose = "ASSISTANCE" });

        Assert.Empty(secondOnB.ErrorCodes);
        Assert.Equal(2, Ids(secondOnB).Count);
        Assert.Equal(Ids(secondOnA), Ids(secondOnB));
        Assert.Empty(Ids(secondOnB).Intersect(Ids(first)));
        Assert.Empty(thirdOnA.ErrorCodes);
        Assert.Equal(2, Ids(thirdOnA).Count);
        Assert.Empty(Ids(thirdOnA).Intersect(Ids(first).Concat(Ids(secondOnB))));
        Assert.Equal(["INVALID_CURSOR"], strangerOnB.ErrorCodes);
        Assert.Null(strangerOnB.Json["data"]);
    }

    // Two consents for one purpose, of other categories: revoking the one withholds its category at
    // once, revoking the other hides the case, and nothing of it is logged as disclosed after.
    [Fact]
    public async Task AConsentRevokedThroughOneInstance_HoldsOnTheOthersNextRequest()
    {
        var caseId = await _onA.RegisterCaseAsync(givenName: "Zainab");
        var identity = await _onA.GrantConsentAsync(caseId, new { agencyCode = Recipient }, categories: ["IDENTITY"]);
        var assistance = await _onA.GrantConsentAsync(caseId, new { agencyCode = Recipient }, categories: ["ASSISTANCE"]);
        var recipient = await _onA.RecipientAsync();
        var recipientId = await hubs.AgencyIdAsync(Recipient);
        var variables = new { id = caseId, purpose = "ASSISTANCE" };
        var seen = (await hubs.B.PostAsync(WriteCalls.ReadCase, recipient, variables)).Payload("case");

        await _onA.RevokeConsentAsync(identity);
        var withheld = (await hubs.B.PostAsync(WriteCalls.ReadCase, recipient, variables)).Payload("case");
        await _onA.RevokeConsentAsync(assistance);
        var disclosed = await DisclosuresAsync(recipientId, caseId);
        var gone = await hubs.B.PostAsync(WriteCalls.ReadCase, recipient, variables);
        var listed = await hubs.B.PostAsync("{ cases(purpose: ASSISTANCE, first: 100) { nodes { id } } }", recipient);

        Assert.Equal("Zainab", seen["givenName"]!.GetValue<string>());
        Assert.Equal(["MEDICAL", "SHELTER"], seen["servicesNeeded"].Strings());
        Assert.Null(withheld["givenName"]);
        Assert.Contains(("givenName", "IDENTITY", "NO_CONSENT"), withheld.Withheld());
        Assert.Equal(["MEDICAL", "SHELTER"], withheld["servicesNeeded"].Strings());
        Assert.DoesNotContain("Zainab", withheld.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(gone.Payload("case"));
        Assert.DoesNotContain(caseId, listed.Body, StringComparison.Ordinal);
        Assert.Empty(listed.ErrorCodes);
        Assert.Equal(disclosed, await DisclosuresAsync(recipientId, caseId));
        Assert.Equal(2, disclosed);
    }

    [Fact]
    public async Task AnAgencySuspendedThroughOneInstance_GetsNothingOnItsNextRequestToTheOther_UntilReactivated()
    {
        var code = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var tenant = Guid.NewGuid();
        await _operatorOnA.RegisterAsync(code, tenant);
        var token = await Operator.TenantTokenAsync(hubs.A, tenant, [HubRoles.ProjectsRead, HubRoles.CasesRead, HubRoles.CasesWrite]);
        var pages = RememberedRegistryTests.Queries.Where(q => q != Operator.Me).ToList();
        // B remembers the active agency from these.
        var before = new List<GraphQLResponse>();
        foreach (var query in pages)
        {
            before.Add(await hubs.B.PostAsync(query, token));
        }

        await _operatorOnA.SuspendAsync(code);
        var suspended = new List<GraphQLResponse>();
        foreach (var query in pages)
        {
            suspended.Add(await hubs.B.PostAsync(query, token));
        }

        var cases = await hubs.WithDbAsync(db => db.Cases.CountAsync());
        var write = await hubs.B.PostAsync(RegisterCase, token, new { input = new { givenName = "Amina" } });
        var me = (await hubs.B.PostAsync(Operator.Me, token)).Payload("me");
        await _operatorOnA.ReactivateAsync(code);
        var after = new List<GraphQLResponse>();
        foreach (var query in pages)
        {
            after.Add(await hubs.B.PostAsync(query, token));
        }

        Assert.All(before, r => Assert.True(r.Status == HttpStatusCode.OK && r.ErrorCodes.Count == 0, r.Body));
        Assert.All(suspended.Append(write), r =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.Status);
            Assert.Equal(["AGENCY_SUSPENDED"], r.ErrorCodes);
            Assert.Null(r.Data);
        });
        Assert.Equal(cases, await hubs.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Equal("SUSPENDED", me["status"]!.GetValue<string>());
        Assert.Empty(me["effectiveRoles"]!.AsArray());
        Assert.Equal(before.Select(r => r.Data!.ToJsonString()), after.Select(r => r.Data!.ToJsonString()));
    }

    [Fact]
    public async Task AnIdempotencyKeyUsedOnOneInstance_IsReplayedByTheOther_AndRefusedWithAnotherRequestByBoth()
    {
        var token = await _onA.SenderAsync();
        var key = "two-instances-" + Guid.NewGuid();
        var variables = new { input = new { givenName = "Amina", servicesNeeded = Of("SHELTER") } };
        var first = await PostAsync(hubs.A, RegisterCase, token, variables, key);
        var written = await _onA.CountsAsync();

        var replayed = await PostAsync(hubs.B, RegisterCase, token, variables, key);
        var otherOnB = await PostAsync(hubs.B, RegisterCase, token, new { input = new { givenName = "Grace" } }, key);
        var otherOnA = await PostAsync(hubs.A, RegisterCase, token, new { input = new { givenName = "Grace" } }, key);

        var id = Written(first, "registerCase", "case")["id"]!.GetValue<string>();
        Assert.False(IsReplay(first));
        Assert.True(IsReplay(replayed), replayed.Body);
        Assert.Equal(first.Data!.ToJsonString(), replayed.Data!.ToJsonString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherOnA.Status);
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], otherOnA.ErrorCodes);
        Assert.Equal(otherOnA.Status, otherOnB.Status);
        Assert.Equal(otherOnA.ErrorCodes, otherOnB.ErrorCodes);
        Assert.Null(otherOnB.Data);
        Assert.DoesNotContain("Amina", otherOnB.Body, StringComparison.Ordinal);
        Assert.Equal(written, await _onA.CountsAsync());
        Assert.Equal(1, await hubs.WithDbAsync(db => db.Cases.CountAsync(c => c.Id == Guid.Parse(id))));
    }

    [Fact]
    public async Task OneKeySentToBothInstancesAtOnce_WritesOnce_AndBothAnswerTheWrite()
    {
        var token = await _onA.SenderAsync();
        var key = "raced-" + Guid.NewGuid();
        var variables = new { input = new { givenName = "Amina" } };
        var before = await _onA.CountsAsync();

        var answers = await Task.WhenAll(PostAsync(hubs.A, RegisterCase, token, variables, key), PostAsync(hubs.B, RegisterCase, token, variables, key));

        Assert.All(answers, a => Written(a, "registerCase", "case"));
        Assert.Equal(answers[0].Data!.ToJsonString(), answers[1].Data!.ToJsonString());
        Assert.Equal(1, answers.Count(IsReplay));
        Assert.Equal(before with { Cases = before.Cases + 1, AuditEntries = before.AuditEntries + 1, IdempotencyRecords = before.IdempotencyRecords + 1 }, await _onA.CountsAsync());
    }

    [Fact]
    public async Task ADocumentTrustedThroughOneInstance_RunsByItsHashOnTheOther_UntilRevokedThroughTheFirst()
    {
        var text = $"query TwoInstances{Guid.NewGuid():N} {{ countries {{ code region }} }}";
        var admin = await _onA.TokenAsync(Sender, HubRoles.HubAdmin);
        var app = await _onA.TokenAsync(Sender, HubRoles.ProjectsRead);
        var otherAgency = await _onA.TokenAsync(Recipient, HubRoles.ProjectsRead);
        var registered = (await hubs.A.PostAsync(TrustedDocumentCalls.Register, admin, new { input = new { document = text } })).Payload("registerTrustedDocument");
        var id = registered["trustedDocument"]!["documentId"]!.GetValue<string>();

        var byText = await hubs.B.PostAsync(text, app);
        var byHash = await hubs.B.RunDocumentAsync(id, app);
        var byAnother = await hubs.B.RunDocumentAsync(id, otherAgency);
        (await hubs.A.PostAsync(TrustedDocumentCalls.Revoke, admin, new { id })).Payload("revokeTrustedDocument");
        var revoked = await hubs.B.RunDocumentAsync(id, app);

        Assert.Empty(registered["errors"]!.AsArray());
        Assert.True(byHash.Status == HttpStatusCode.OK && byHash.ErrorCodes.Count == 0, byHash.Body);
        Assert.Equal(byText.Data!.ToJsonString(), byHash.Data!.ToJsonString());
        Assert.NotEmpty(byHash.Data!["countries"]!.AsArray());
        Assert.All([byAnother, revoked], r =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.Status);
            Assert.Equal(["DOCUMENT_NOT_FOUND"], r.ErrorCodes);
            Assert.Null(r.Json["data"]);
        });
    }

    private Task<int> DisclosuresAsync(Guid agency, string caseId) =>
        hubs.WithDbAsync(db => db.Disclosures.CountAsync(d => d.AgencyId == agency && d.CaseId == Guid.Parse(caseId)));

    private static string EndCursor(GraphQLResponse page) => page.Data!["cases"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

    private static List<string> Ids(GraphQLResponse page) =>
        [.. page.Data!["cases"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];
}
