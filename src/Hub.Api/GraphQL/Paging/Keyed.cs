namespace Hub.Api.GraphQL.Paging;

/// <summary>A projected row with the values of its ordering keys, which its cursor seals.</summary>
internal sealed class Keyed<TRow>
{
    public const int MaxKeys = 4;
    public TRow Row { get; init; } = default!;
    public object? K0 { get; init; }
    public object? K1 { get; init; }
    public object? K2 { get; init; }
    public object? K3 { get; init; }

    public object?[] Keys() => [K0, K1, K2, K3];
}
