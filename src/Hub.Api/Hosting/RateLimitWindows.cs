using Hub.Api.Options;
using Microsoft.Extensions.Options;

namespace Hub.Api.Hosting;

/// <summary>Fixed one-minute windows, one per partition, counted in this instance's memory.
/// Not System.Threading.RateLimiting: the headers need each window's remaining count and reset
/// time, and a request refused by one quota must cost nothing from the others, which chained
/// fixed-window leases cannot give back. Memory stays bounded: windows that have ended are
/// dropped once per window length, and past <see cref="LimitsOptions.MaxRateLimitPartitions"/>
/// a new partition is refused until the next sweep (refusing is safer than running out of memory).</summary>
internal sealed class RateLimitWindows(TimeProvider time, IOptions<LimitsOptions> limits, ILogger<RateLimitWindows> logger)
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;
    private bool _fullReported;

    public RateLimitDecision Acquire(IReadOnlyList<Quota> quotas)
    {
        var now = time.GetUtcNow();
        RateLimitDecision decision;
        bool full;
        lock (_lock)
        {
            if (now >= _nextSweep)
            {
                Sweep(now);
            }

            decision = Count(quotas, now, out full);
        }

        if (full)
        {
            logger.RateLimitPartitionsFull(limits.Value.MaxRateLimitPartitions);
        }

        return decision;
    }

    // Admits the request only if every quota has room, and then counts it in all of them.
    private RateLimitDecision Count(IReadOnlyList<Quota> quotas, DateTimeOffset now, out bool reportFull)
    {
        reportFull = false;
        var windows = quotas.Select(q => Current(q.Partition, now)).ToList();
        if (windows.Any(w => w is null))
        {
            reportFull = !_fullReported;
            _fullReported = true;
            var wait = ResetSeconds(_nextSweep, now);
            return new RateLimitDecision(false, quotas.Select(q => new QuotaState(q.Policy, q.Limit, 0, wait)).ToList());
        }

        var admitted = windows.Zip(quotas).All(p => p.First!.Count < p.Second.Limit);
        if (admitted)
        {
            windows.ForEach(w => w!.Count++);
        }

        return new RateLimitDecision(admitted, windows.Zip(quotas, (w, q) =>
            new QuotaState(q.Policy, q.Limit, Math.Max(0, q.Limit - w!.Count), ResetSeconds(w.Start + Length, now))).ToList());
    }

    private Window? Current(string partition, DateTimeOffset now)
    {
        if (_windows.TryGetValue(partition, out var window))
        {
            if (now >= window.Start + Length)
            {
                (window.Start, window.Count) = (now, 0);
            }

            return window;
        }

        if (_windows.Count >= limits.Value.MaxRateLimitPartitions)
        {
            return null;
        }

        window = new Window { Start = now };
        _windows.Add(partition, window);
        return window;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (partition, window) in _windows)
        {
            if (now >= window.Start + Length)
            {
                _windows.Remove(partition);
            }
        }

        _nextSweep = now + Length;
        _fullReported = false;
    }

    private static int ResetSeconds(DateTimeOffset end, DateTimeOffset now) => Math.Max(1, (int)Math.Ceiling((end - now).TotalSeconds));

    private sealed class Window
    {
        public DateTimeOffset Start { get; set; }
        public int Count { get; set; }
    }
}
