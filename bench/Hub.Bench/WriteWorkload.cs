using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>The requests of a write scenario. Each is a new write the Hub must accept, so no body
/// is sent twice; what the writes need in the database (cases, consents) is made beforehand and is
/// not timed.</summary>
internal abstract class WriteWorkload(string query, string mutation)
{
    // What is made ready at once when a request runs out one at a time: the preparation sends
    // several writes per request.
    private const int Batch = 60;

    private readonly ConcurrentQueue<string> _ready = new();
    private int _made;

    /// <summary>Makes at least <paramref name="count"/> requests ready that were not sent yet.</summary>
    public async Task EnsureAsync(BenchClient client, string token, int count)
    {
        if (_ready.Count >= count)
        {
            return;
        }

        var missing = Math.Max(count - _ready.Count, Batch);
        foreach (var variables in await PrepareAsync(client, token, _made, missing))
        {
            _ready.Enqueue(JsonSerializer.Serialize(new { query, variables }));
        }

        _made += missing;
    }

    public bool TryTake(out string body) => _ready.TryDequeue(out body!);

    /// <summary>Why the answer is not the write made, or null when it is.</summary>
    public string? Problem(string answer)
    {
        var json = JsonNode.Parse(answer);
        var errors = json?["data"]?[mutation]?["errors"]?.AsArray();
        return errors is { Count: 0 } && json?["errors"] is null ? null : answer[..Math.Min(300, answer.Length)];
    }

    /// <summary>The variables of requests <paramref name="first"/> to first + count - 1, with what
    /// they need already written.</summary>
    protected abstract Task<IReadOnlyList<object>> PrepareAsync(BenchClient client, string token, int first, int count);

    /// <summary>A run's own prefix, so that references made by one run do not meet another's.</summary>
    protected static string RunTag { get; } = DateTime.UtcNow.ToString("yyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An expiry a year ahead: inside the Hub's consent horizon.</summary>
    protected static string ExpiresOn { get; } = DateTime.UtcNow.AddDays(365).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs several writes in one request (as aliases) and returns each one's payload.</summary>
    protected static async Task<List<JsonNode>> WriteAllAsync(BenchClient client, string token, IReadOnlyList<string> fields)
    {
        var payloads = new List<JsonNode>();
        foreach (var chunk in fields.Chunk(15))
        {
            var query = "mutation Prepare { " + string.Join(" ", chunk.Select((f, i) => $"w{i}: {f}")) + " }";
            var (status, body) = await client.SendAsync(token, JsonSerializer.Serialize(new { query }));
            var data = status == 200 ? JsonNode.Parse(body)?["data"] : null;
            for (var i = 0; i < chunk.Length; i++)
            {
                var payload = data?[$"w{i}"];
                if (payload?["errors"]?.AsArray() is not { Count: 0 })
                {
                    throw new InvalidOperationException($"Preparing the writes failed ({status}): {body[..Math.Min(300, body.Length)]}");
                }

                payloads.Add(payload);
            }
        }

        return payloads;
    }
}
