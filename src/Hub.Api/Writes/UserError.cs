namespace Hub.Api.Writes;

/// <summary>Why a write was not made, and the path into the mutation's <c>input</c> of the value at
/// fault (empty when the fault is the request as a whole). A write with any error changes nothing.</summary>
internal sealed record UserError(UserErrorCode Code, string Message, IReadOnlyList<string> Field);
