namespace Hub.Api.Cases;

/// <summary>Why a requested case field was withheld (DESIGN §3, rule 4).</summary>
internal enum WithholdReason
{
    /// <summary>No active consent for the declared purpose names the caller's agency with the field's category.</summary>
    NoConsent,

    /// <summary>The caller's roles do not open the field's category.</summary>
    MissingRole,
}
