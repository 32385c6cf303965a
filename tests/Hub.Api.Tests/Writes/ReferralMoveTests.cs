using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.Writes.Writer;

namespace Hub.Api.Tests.Writes;

/// <summary>DESIGN §3, Writes: a referral's life. PENDING → ACCEPTED | DECLINED | WITHDRAWN and
/// ACCEPTED → COMPLETED | WITHDRAWN; the sender withdraws, the recipient accepts, declines and
/// completes; anything else is INVALID_TRANSITION and changes nothing.</summary>
public sealed class ReferralMoveTests(WriteHub hub) : IClassFixture<WriteHub>
{
    public static readonly string[] Statuses = ["PENDING", "ACCEPTED", "DECLINED", "COMPLETED", "WITHDRAWN"];
    public static readonly string[] Moves = ["acceptReferral", "declineReferral", "completeReferral", "withdrawReferral"];

    // The contract's table, written out here rather than taken from the code under test.
    private static readonly Dictionary<(string From, string Move, string Party), string> Allowed = new()
    {
        [("PENDING", "acceptReferral", "RECIPIENT")] = "ACCEPTED",
        [("PENDING", "declineReferral", "RECIPIENT")] = "DECLINED",
        [("PENDING", "withdrawReferral", "SENDER")] = "WITHDRAWN",
        [("ACCEPTED", "completeReferral", "RECIPIENT")] = "COMPLETED",
        [("ACCEPTED", "withdrawReferral", "SENDER")] = "WITHDRAWN",
    };

    private readonly Writer _writer = new(hub, hub.CreateClient());

    /// <summary>Every status a referral can stand in × every move × both parties.</summary>
    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var from in Statuses)
        {
            foreach (var move in Moves)
            {
                data.Add(from, move, "SENDER");
                data.Add(from, move, "RECIPIENT");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_move_is_made_only_where_the_referrals_life_allows_it_and_by_the_party_that_makes_it(string from, string move, string party)
    {
        var (id, version) = await ReferralInAsync(from);
        var stored = await _writer.StoredReferralAsync(id);
        var before = await _writer.CountsAsync();
        var token = party == "SENDER" ? await _writer.SenderAsync() : await _writer.RecipientAsync();

        var response = await _writer.MoveAsync(move, token, id, version);

        if (Allowed.TryGetValue((from, move, party), out var to))
        {
            var referral = Written(response, move, "referral");
            Assert.Equal(to, referral["status"]!.GetValue<string>());
            Assert.Equal(version + 1, referral["version"]!.GetValue<int>());
            Assert.Equal(before with { AuditEntries = before.AuditEntries + 1 }, await _writer.CountsAsync());
        }
        else
        {
            Assert.Equal(["INVALID_TRANSITION@id"], UserErrors(response, move));
            Assert.Null(response.Data![move]!["referral"]);
            Assert.Equal(stored, await _writer.StoredReferralAsync(id));
            Assert.Equal(before, await _writer.CountsAsync());
        }
    }

    [Fact]
    public void The_matrix_holds_every_combination_and_five_allowed_moves()
    {
        Assert.Equal(Statuses.Length * Moves.Length * 2, Matrix().Count);
        Assert.Equal(5, Matrix().Count(row => Allowed.ContainsKey(((string)row[0], (string)row[1], (string)row[2]))));
    }

    [Fact]
    public async Task Accepting_sets_respondedOn_and_the_next_version_and_leaves_the_referral_open()
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();

        var referral = await _writer.MovedAsync("acceptReferral", await _writer.RecipientAsync(), id, 1);

        Assert.Equal("ACCEPTED", referral["status"]!.GetValue<string>());
        Assert.Equal(hub.Now, Date(referral["respondedOn"]));
        Assert.Null(referral["closedOn"]);
        Assert.Null(referral["declineReason"]);
        Assert.Equal(2, referral["version"]!.GetValue<int>());
        await AssertAuditedAsync(id, "acceptReferral", "status");
    }

    [Fact]
    public async Task Declining_sets_respondedOn_closedOn_and_the_reason_the_sender_then_reads()
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();

        var response = await _writer.MoveAsync("declineReferral", await _writer.RecipientAsync(), id, 1, reason: "No bed free until August.");
        var seenBySender = await HubClient.PostAsync(_writer.Client, $$"""{ referral(id: "{{id}}", purpose: ASSISTANCE) { status declineReason } }""", await _writer.SenderAsync());

        var referral = Written(response, "declineReferral", "referral");
        Assert.Equal("DECLINED", referral["status"]!.GetValue<string>());
        Assert.Equal(hub.Now, Date(referral["respondedOn"]));
        Assert.Equal(hub.Now, Date(referral["closedOn"]));
        Assert.Equal("No bed free until August.", referral["declineReason"]!.GetValue<string>());
        Assert.Equal(2, referral["version"]!.GetValue<int>());
        Assert.Equal("""{"status":"DECLINED","declineReason":"No bed free until August."}""", seenBySender.Data!["referral"]!.ToJsonString());
        await AssertAuditedAsync(id, "declineReferral", "status,declineReason");
    }

    [Fact]
    public async Task Withdrawing_a_pending_referral_closes_it_without_a_response()
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();

        var referral = await _writer.MovedAsync("withdrawReferral", await _writer.SenderAsync(), id, 1);

        Assert.Equal("WITHDRAWN", referral["status"]!.GetValue<string>());
        Assert.Null(referral["respondedOn"]);
        Assert.Equal(hub.Now, Date(referral["closedOn"]));
        Assert.Equal(2, referral["version"]!.GetValue<int>());
        await AssertAuditedAsync(id, "withdrawReferral", "status");
    }

    [Fact]
    public async Task Withdrawing_an_accepted_referral_keeps_its_response_and_closes_it()
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
        await _writer.MovedAsync("acceptReferral", await _writer.RecipientAsync(), id, 1);

        var referral = await _writer.MovedAsync("withdrawReferral", await _writer.SenderAsync(), id, 2);

        Assert.Equal("WITHDRAWN", referral["status"]!.GetValue<string>());
        Assert.Equal(hub.Now, Date(referral["respondedOn"]));
        Assert.Equal(hub.Now, Date(referral["closedOn"]));
        Assert.Equal(3, referral["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Completing_records_the_services_delivered_among_those_asked_and_closes_the_referral()
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
        var recipient = await _writer.RecipientAsync();
        await _writer.MovedAsync("acceptReferral", recipient, id, 1);

        var referral = Written(await _writer.MoveAsync("completeReferral", recipient, id, 2, servicesDelivered: Of("MEDICAL")), "completeReferral", "referral");

        Assert.Equal("COMPLETED", referral["status"]!.GetValue<string>());
        Assert.Equal(["MEDICAL"], referral["servicesDelivered"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["MEDICAL", "SHELTER"], referral["services"]!.AsArray().Select(s => s!.GetValue<string>()).Order());
        Assert.Equal(hub.Now, Date(referral["closedOn"]));
        Assert.Equal(3, referral["version"]!.GetValue<int>());
        var delivered = await hub.WithDbAsync(db => db.ReferralServices.AsNoTracking().Where(s => s.ReferralId == Guid.Parse(id)).ToDictionaryAsync(s => s.Service, s => s.Delivered));
        Assert.Equal(new Dictionary<Service, bool> { [Service.Shelter] = false, [Service.Medical] = true }, delivered);
        await AssertAuditedAsync(id, "completeReferral", "status,servicesDelivered");
    }

    [Theory]
    [InlineData("acceptReferral")]
    [InlineData("declineReferral")]
    [InlineData("completeReferral")]
    [InlineData("withdrawReferral")]
    public async Task An_agency_that_is_no_party_to_the_referral_is_told_it_is_NOT_FOUND(string move)
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
        var stored = await _writer.StoredReferralAsync(id);
        var before = await _writer.CountsAsync();

        var response = await _writer.MoveAsync(move, await _writer.TokenAsync(Stranger, RecipientRoles), id, 1);

        Assert.Equal(["NOT_FOUND@id"], UserErrors(response, move));
        Assert.Equal(stored, await _writer.StoredReferralAsync(id));
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task A_referral_that_does_not_exist_is_NOT_FOUND_and_an_id_the_hub_never_gave_out_is_INVALID_VALUE()
    {
        var recipient = await _writer.RecipientAsync();

        Assert.Equal(["NOT_FOUND@id"], UserErrors(await _writer.MoveAsync("acceptReferral", recipient, Guid.NewGuid().ToString(), 1), "acceptReferral"));
        Assert.Equal(["INVALID_VALUE@id"], UserErrors(await _writer.MoveAsync("acceptReferral", recipient, "not-an-id", 1), "acceptReferral"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_move_naming_another_version_than_the_stored_one_is_VERSION_CONFLICT(int version)
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
        var stored = await _writer.StoredReferralAsync(id);
        var before = await _writer.CountsAsync();

        var response = await _writer.MoveAsync("acceptReferral", await _writer.RecipientAsync(), id, version);

        Assert.Equal(["VERSION_CONFLICT@version"], UserErrors(response, "acceptReferral"));
        Assert.Equal(stored, await _writer.StoredReferralAsync(id));
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task A_move_made_on_a_version_read_before_another_move_is_VERSION_CONFLICT()
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
        await _writer.MovedAsync("acceptReferral", await _writer.RecipientAsync(), id, 1);

        var response = await _writer.MoveAsync("withdrawReferral", await _writer.SenderAsync(), id, 1);

        Assert.Equal(["VERSION_CONFLICT@version"], UserErrors(response, "withdrawReferral"));
    }

    // Reasons by name: a theory's data is shown in test names, where control characters do not belong.
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["empty"] = "",
        ["spaces"] = "   ",
        ["line breaks and tabs only"] = "\r\n\t ",
        ["501 characters"] = new string('r', 501),
        ["a start of heading"] = "No capacity\u0001 this month",
        ["a bell"] = "No capacity\u0007",
        ["an escape"] = "No \u001b[31mcapacity",
        ["a DEL"] = "No capacity\u007f",
        ["a C1 control"] = "No capacity\u0085",
        ["a right-to-left override"] = "No capacity \u202Ehtnom siht",
        ["a left-to-right embedding"] = "\u202ANo capacity",
        ["a pop directional formatting"] = "No capacity\u202C",
        ["a right-to-left isolate"] = "No capacity \u2067this month",
        ["a pop directional isolate"] = "No capacity\u2069",
    };

    [Theory]
    [InlineData("empty", "REQUIRED@reason")]
    [InlineData("spaces", "REQUIRED@reason")]
    [InlineData("line breaks and tabs only", "REQUIRED@reason")]
    [InlineData("501 characters", "TOO_LONG@reason")]
    [InlineData("a start of heading", "INVALID_VALUE@reason")]
    [InlineData("a bell", "INVALID_VALUE@reason")]
    [InlineData("an escape", "INVALID_VALUE@reason")]
    [InlineData("a DEL", "INVALID_VALUE@reason")]
    [InlineData("a C1 control", "INVALID_VALUE@reason")]
    [InlineData("a right-to-left override", "INVALID_VALUE@reason")]
    [InlineData("a left-to-right embedding", "INVALID_VALUE@reason")]
    [InlineData("a pop directional formatting", "INVALID_VALUE@reason")]
    [InlineData("a right-to-left isolate", "INVALID_VALUE@reason")]
    [InlineData("a pop directional isolate", "INVALID_VALUE@reason")]
    public async Task Declining_needs_a_reason_that_is_not_blank_at_most_500_characters_and_free_of_control_characters_and_bidi_overrides(string reason, string error)
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
        var stored = await _writer.StoredReferralAsync(id);
        var before = await _writer.CountsAsync();

        var response = await _writer.MoveAsync("declineReferral", await _writer.RecipientAsync(), id, 1, reason: Reasons[reason]);

        Assert.Equal([error], UserErrors(response, "declineReferral"));
        Assert.Equal(stored, await _writer.StoredReferralAsync(id));
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task A_reason_of_several_lines_with_tabs_is_kept_as_written()
    {
        const string Reason = "No bed free until August.\r\n\tAsk again then;\n\tor try the Kano shelter.";
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();

        var referral = Written(await _writer.MoveAsync("declineReferral", await _writer.RecipientAsync(), id, 1, reason: Reason), "declineReferral", "referral");

        Assert.Equal(Reason, referral["declineReason"]!.GetValue<string>());
        Assert.Equal(Reason, await hub.WithDbAsync(db => db.Referrals.Where(r => r.Id == Guid.Parse(id)).Select(r => r.DeclineReason).SingleAsync()));
    }

    [Theory]
    [InlineData("REQUIRED@servicesDelivered")]
    [InlineData("INVALID_VALUE@servicesDelivered", "LEGAL")]
    [InlineData("INVALID_VALUE@servicesDelivered", "SHELTER", "EDUCATION")]
    public async Task Completing_needs_services_delivered_among_those_asked(string error, params string[] delivered)
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
        var recipient = await _writer.RecipientAsync();
        await _writer.MovedAsync("acceptReferral", recipient, id, 1);
        var stored = await _writer.StoredReferralAsync(id);
        var before = await _writer.CountsAsync();

        var response = await _writer.MoveAsync("completeReferral", recipient, id, 2, servicesDelivered: delivered);

        Assert.Equal([error], UserErrors(response, "completeReferral"));
        Assert.Equal(stored, await _writer.StoredReferralAsync(id));
        Assert.Equal(before, await _writer.CountsAsync());
    }

    [Fact]
    public async Task Answering_a_referral_needs_Cases_Write()
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
        var stored = await _writer.StoredReferralAsync(id);

        var response = await _writer.MoveAsync("acceptReferral", await _writer.TokenAsync(Recipient, HubRoles.CasesRead, HubRoles.ProjectsRead), id, 1);

        Assert.True(response.Status == HttpStatusCode.Forbidden, response.Body);
        Assert.Equal(["MISSING_ROLE"], response.ErrorCodes);
        Assert.Equal(stored, await _writer.StoredReferralAsync(id));
    }

    // A fresh referral brought to the status by the moves that lead there: its id and version.
    private async Task<(string Id, int Version)> ReferralInAsync(string status)
    {
        var id = (await _writer.PendingReferralAsync())["id"]!.GetValue<string>();
        var (sender, recipient) = (await _writer.SenderAsync(), await _writer.RecipientAsync());
        JsonNode? last = status switch
        {
            "PENDING" => null,
            "ACCEPTED" => await _writer.MovedAsync("acceptReferral", recipient, id, 1),
            "DECLINED" => await _writer.MovedAsync("declineReferral", recipient, id, 1),
            "WITHDRAWN" => await _writer.MovedAsync("withdrawReferral", sender, id, 1),
            "COMPLETED" => await CompletedAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        Assert.Equal(status, last?["status"]!.GetValue<string>() ?? "PENDING");
        return (id, last?["version"]!.GetValue<int>() ?? 1);

        async Task<JsonNode> CompletedAsync()
        {
            await _writer.MovedAsync("acceptReferral", recipient, id, 1);
            return await _writer.MovedAsync("completeReferral", recipient, id, 2);
        }
    }

    private async Task AssertAuditedAsync(string id, string action, string changedFields)
    {
        var entry = await hub.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal((action, "Referral", changedFields), (entry.Action, entry.EntityType, entry.ChangedFields));
        Assert.Equal(hub.Now, entry.OccurredAt);
    }
}
