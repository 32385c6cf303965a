namespace Hub.Api.Writes;

/// <summary>The codes of <see cref="UserError"/>; each is described in <see cref="UserErrorCodeGraphType"/>.</summary>
internal enum UserErrorCode
{
    Required,
    TooLong,
    InvalidValue,
    UnknownCountry,
    UnknownAgency,
    RecipientSuspended,
    RecipientIsOwner,
    UnknownProject,
    DateInFuture,
    DateInPast,
    DatesOutOfOrder,
    BeyondHorizon,
    DuplicateReference,
    DuplicateReferral,
    DuplicateConsent,
    NotFound,
    NoConsent,
    InvalidTransition,
    VersionConflict,
    DuplicateCode,
    OutsideProject,
    TenantTaken,
}
