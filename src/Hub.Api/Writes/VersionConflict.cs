namespace Hub.Api.Writes;

/// <summary>The answer to a write that names a version the object has moved on from.</summary>
internal static class VersionConflict
{
    public static WriteOutcome Of(string entity, int? version) => WriteOutcome.Refused(UserErrorCode.VersionConflict,
        version is { } current
            ? $"The {entity.ToLowerInvariant()} is at version {current} now: read it again and apply your change to what is there."
            : $"The {entity.ToLowerInvariant()} was changed by another request meanwhile: read it again and apply your change to what is there.",
        "version");
}
