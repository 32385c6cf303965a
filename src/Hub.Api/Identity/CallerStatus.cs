namespace Hub.Api.Identity;

internal enum CallerStatus
{
    /// <summary>No token was sent.</summary>
    Anonymous,

    /// <summary>A well-formed token whose tenant the registry has not been asked about yet.</summary>
    Claimed,

    /// <summary>A registered, active agency.</summary>
    Active,

    /// <summary>A registered agency whose access is suspended.</summary>
    Suspended,

    /// <summary>A valid token from a tenant the registry does not know.</summary>
    UnknownTenant,

    /// <summary>A user token without the Hub's delegated scope.</summary>
    MissingScope,
}
