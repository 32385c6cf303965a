using System.Net;
using System.Net.Http.Headers;
using Hub.Api.Tests.Writes;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Tests.ProjectWrites.ProjectWriting;

namespace Hub.Api.Tests.ProjectWrites;

/// <summary>Writes that race over a real socket: a project keeps covering its activities whatever
/// order its changes and theirs commit in, and activities recorded at once get keys of their own.</summary>
public sealed class ProjectRaceTests(ListeningWriteHub hub) : IClassFixture<ListeningWriteHub>
{
    private readonly ProjectWriting _writing = new(hub, new HttpClient { BaseAddress = hub.BaseAddress });

    [Fact]
    public async Task A_project_shrinking_while_an_activity_is_recorded_or_moved_never_leaves_the_activity_outside()
    {
        for (var round = 0; round < 6; round++)
        {
            var code = (await _writing.CreateAsync())["code"]!.GetValue<string>();
            var moved = await _writing.RecordAsync(code);
            var late = _writing.Activity(code);
            late["startsOn"] = _writing.Day(200);
            late["endsOn"] = _writing.Day(201);
            late.Remove("outcome");
            var partner = await _writing.TokenAsync(Partner);

            await Task.WhenAll(
                _writing.SendAsync(UpdateProject, "updateProject", new() { ["code"] = code, ["version"] = 1, ["endsOn"] = _writing.Day(100), ["countryCodes"] = WriteCalls.Set("NGA") }),
                _writing.SendAsync(RecordActivity, "recordCapacityBuildingActivity", late, partner),
                _writing.SendAsync(UpdateActivity, "updateCapacityBuildingActivity", new() { ["id"] = moved["id"]!.GetValue<string>(), ["version"] = 1, ["countryCode"] = "THA" }, partner));

            var (project, activities) = await hub.WithDbAsync(async db => (
                await db.Projects.Include(p => p.Countries).AsNoTracking().SingleAsync(p => p.Code == code),
                await db.CapacityBuildingActivities.AsNoTracking().Where(a => a.Project!.Code == code).ToListAsync()));
            Assert.All(activities, a =>
            {
                Assert.Contains(project.Countries, c => c.CountryCode == a.CountryCode);
                Assert.InRange(a.EndsOn, project.StartsOn, project.EndsOn);
            });
        }
    }

    [Fact]
    public async Task Activities_recorded_at_once_without_keys_are_numbered_one_after_the_other()
    {
        var code = (await _writing.CreateAsync())["code"]!.GetValue<string>();
        var token = await _writing.TokenAsync(Lead);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _writing.SendAsync(RecordActivity, "recordCapacityBuildingActivity", _writing.Activity(code), token)));

        Assert.All(payloads, p => Assert.Empty(p.UserErrors()));
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"CB-{n:D3}"), payloads.Select(p => p["activity"]!["key"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task A_file_larger_than_the_servers_default_body_but_within_the_hubs_limit_is_read_whole()
    {
        var file = new byte[31_000_000];
        "code\n"u8.CopyTo(file);
        for (var i = 5; i + 1 < file.Length; i += 2)
        {
            (file[i], file[i + 1]) = ((byte)'A', (byte)'\n');
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/import/projects") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _writing.TokenAsync(Lead));

        using var response = await _writing.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("\"TOO_MANY_ROWS\"", body, StringComparison.Ordinal);
    }
}
