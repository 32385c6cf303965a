namespace Hub.Api.Writes;

/// <summary>What one mutation did: the id of the object it wrote, or why it wrote nothing. This is
/// what an idempotent retry gets again; the payload reads the object afresh from it.</summary>
internal sealed record WriteOutcome(Guid? Id, IReadOnlyList<UserError> Errors)
{
    public static WriteOutcome Written(Guid id) => new(id, []);

    public static WriteOutcome Refused(IReadOnlyList<UserError> errors) => new(null, errors);

    public static WriteOutcome Refused(UserErrorCode code, string message, params string[] field) => new(null, [new UserError(code, message, field)]);
}
