namespace Hub.Bench;

/// <summary>Request durations in milliseconds, summarised.</summary>
internal sealed class Latencies(List<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public double Percentile(double p) => _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public double Mean => _sorted.Average();
}
