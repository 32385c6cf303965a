using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class DataCategoryGraphType() : DescribedEnumGraphType<DataCategory>("DataCategory", "A category of a case's fields. A category is disclosed to an agency whose roles open it and that owns the case or holds an active consent for the declared purpose that includes it.", new Dictionary<DataCategory, string>
{
    [DataCategory.Identity] = "Directly identifying data: the Case fields givenName, familyName, dateOfBirth, phone, currentLocation and documentNumber; opened by the role `Cases.ReadIdentity`.",
    [DataCategory.Demographic] = "Quasi-identifiers: the Case fields sex, ageBracket, citizenship and countryOfIdentification; opened by the role `Cases.Read`.",
    [DataCategory.TraffickingExperience] = "The trafficking experience: the Case fields exploitationTypes, labourSector, meansOfControl, recruitmentMethod, recruiterRelation, traffickingDuration and countryOfExploitation; opened by the role `Cases.Read`.",
    [DataCategory.Assistance] = "The assistance given: the Case fields servicesNeeded, servicesReceived and status; opened by the role `Cases.Read`.",
}, [DataCategory.None]);
