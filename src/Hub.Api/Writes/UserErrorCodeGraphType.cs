using Hub.Api.GraphQL;

namespace Hub.Api.Writes;

internal sealed class UserErrorCodeGraphType() : DescribedEnumGraphType<UserErrorCode>("UserErrorCode", "Why a write was not made. A mutation that answers any of these changed nothing.", new Dictionary<UserErrorCode, string>
{
    [UserErrorCode.Required] = "A value that must be given is empty (an empty text or list).",
    [UserErrorCode.TooLong] = "A text is longer than its field allows; the message says the limit.",
    [UserErrorCode.InvalidValue] = "A value the field cannot take: a malformed id, a text of spaces only, a date before 1900, null for a field that cannot be cleared, an agency code of another shape, a role that is not the Hub's, a tenant the agency does not have.",
    [UserErrorCode.UnknownCountry] = "Not the ISO 3166-1 alpha-3 code of a country the Hub knows.",
    [UserErrorCode.UnknownAgency] = "No agency in the registry has this id or code.",
    [UserErrorCode.RecipientSuspended] = "The recipient agency's access to the Hub is suspended: nothing can be shared with it.",
    [UserErrorCode.RecipientIsOwner] = "The recipient is the case owner itself.",
    [UserErrorCode.UnknownProject] = "No project has this code or id.",
    [UserErrorCode.DateInFuture] = "A date that records the past lies in the future.",
    [UserErrorCode.DateInPast] = "A date that must lie ahead (a consent's expiry) does not.",
    [UserErrorCode.DatesOutOfOrder] = "A date comes before the date it must follow.",
    [UserErrorCode.BeyondHorizon] = "A consent's expiry lies further ahead, or further from when it was given, than the Hub allows (`Hub:Writes:ConsentHorizonDays`, two years by default).",
    [UserErrorCode.DuplicateReference] = "Your agency already has a case with this reference.",
    [UserErrorCode.DuplicateReferral] = "The case already has an open (pending or accepted) referral to this agency for this purpose.",
    [UserErrorCode.DuplicateConsent] = "The case already has this consent, active (the same purpose, recipient and categories): a second copy would outlive the revocation of the first.",
    [UserErrorCode.NotFound] = "Your agency has no such object to change: it does not exist, or it is not yours (a case or consent of another owner, a referral your agency is not a party to). Both answer alike. For the operator: no agency in the registry has this id.",
    [UserErrorCode.NoConsent] = "No active consent for the purpose names the recipient (directly, or by its kind and country).",
    [UserErrorCode.InvalidTransition] = "The referral or consent cannot make this move from where it stands, or not by your agency (the sender withdraws; the recipient accepts, declines and completes); or the agency already has the status asked for (suspending a suspended agency, reactivating an active one).",
    [UserErrorCode.VersionConflict] = "The object changed since the `version` you sent: read it again, and apply your change to what is there now.",
    [UserErrorCode.DuplicateCode] = "The code is taken: by another agency in the registry, by another project, or, for an activity's key, by another activity of the same project.",
    [UserErrorCode.OutsideProject] = "An activity lies outside its project: in a country the project does not run in, or on days outside the project's period. Changing a project's countries or period is refused with this code when an activity would be left outside.",
    [UserErrorCode.TenantTaken] = "The tenant already signs in for another agency: a tenant acts for one agency at most.",
});
