namespace Hub.Api.Hosting;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Applying {Count} migration(s): {Migrations}")]
    public static partial void ApplyingMigrations(this ILogger logger, int count, string migrations);

    [LoggerMessage(LogLevel.Information, "Demo data: {Report}")]
    public static partial void Seeded(this ILogger logger, object report);

    [LoggerMessage(LogLevel.Information, "The Hub answers GraphQL at {Url}")]
    public static partial void Listening(this ILogger logger, string url);

    [LoggerMessage(LogLevel.Error, "Unhandled error in field {Field}, request {RequestId}")]
    public static partial void UnhandledFieldError(this ILogger logger, Exception exception, string? field, string requestId);

    [LoggerMessage(LogLevel.Error, "Unhandled error in request {RequestId}")]
    public static partial void UnhandledRequestError(this ILogger logger, Exception exception, string requestId);

    [LoggerMessage(LogLevel.Error, "The disclosure log could not be written for request {RequestId}; the response was withheld")]
    public static partial void DisclosureLogFailed(this ILogger logger, Exception exception, string requestId);

    [LoggerMessage(LogLevel.Warning, "Rate limiting tracks {Partitions} partitions, its maximum: new callers are refused until idle ones are dropped")]
    public static partial void RateLimitPartitionsFull(this ILogger logger, int partitions);
}
