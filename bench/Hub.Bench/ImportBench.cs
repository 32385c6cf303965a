using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>Times <c>POST /import/{kind}</c> with generated files of a given number of rows: the
/// projects of one agency, then as many activities of those projects, each file imported once and
/// again (the second time nothing changes, every row is still checked).</summary>
internal static class ImportBench
{
    private const string Agency = "NGA-SHSN";

    public static async Task<string> RunAsync(HttpClient http, BenchClient client, int rows)
    {
        var token = await client.TokenAsync(Agency, ["Projects.Read", "Projects.Write"]);
        var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var projects = new StringBuilder("code,title,donor,starts_on,ends_on,status,focus,countries,target_people_assisted,target_people_trained,target_people_reached,budget_usd,donor_contributions\n");
        var activities = new StringBuilder("project_code,key,country,kind,starts_on,ends_on,topic,target_group,participants_female,participants_male,knowledge_gain_points,participants_certified\n");
        for (var i = 0; i < rows; i++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"B{run}-{i:D5}");
            projects.Append(CultureInfo.InvariantCulture, $"{code},Project {i},Nordic Fund,{today.AddDays(-400):yyyy-MM-dd},{today.AddDays(400):yyyy-MM-dd},ONGOING,PROTECTION,NGA;GHA,{i % 500},{i % 70},{i * 3},{i * 1000},Nordic Fund|{today.Year}|{i * 600};City Trust|{today.Year}|{i * 400}\n");
            activities.Append(CultureInfo.InvariantCulture, $"{code},CB-001,NGA,TRAINING,{today.AddDays(-60):yyyy-MM-dd},{today.AddDays(-58):yyyy-MM-dd},Victim identification,POLICE,{i % 20},{i % 17},{i % 40}.5,{i % 17}\n");
        }

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"| file | rows | first import s | created | again s | unchanged |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (kind, file) in new[] { ("projects", projects.ToString()), ("activities", activities.ToString()) })
        {
            var (first, created) = await TimedAsync(http, token, kind, file, "created");
            var (again, unchanged) = await TimedAsync(http, token, kind, file, "unchanged");
            var line = string.Create(CultureInfo.InvariantCulture, $"| {kind} | {rows:N0} | {first:F1} | {created:N0} | {again:F1} | {unchanged:N0} |");
            report.AppendLine(line);
            Console.WriteLine(line);
        }

        return report.ToString();
    }

    private static async Task<(double Seconds, int Count)> TimedAsync(HttpClient http, string token, string kind, string file, string count)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/import/{kind}", UriKind.Relative))
        {
            Content = new StringContent(file, Encoding.UTF8, "text/csv"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var stopwatch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"import {kind}: {(int)response.StatusCode} {body[..Math.Min(600, body.Length)]}");
        }

        return (seconds, JsonNode.Parse(body)![count]!.GetValue<int>());
    }
}
