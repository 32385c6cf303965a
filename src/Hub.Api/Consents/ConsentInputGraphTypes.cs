using GraphQL.Types;
using Hub.Api.Agencies;

namespace Hub.Api.Consents;

internal sealed class ConsentRecipientInputGraphType : InputObjectGraphType
{
    public ConsentRecipientInputGraphType()
    {
        Name = "ConsentRecipientInput";
        Description = "Whom a consent names: one agency (by `agencyId` or `agencyCode`), or every agency of a `kind` in a `country`.";
        Field<IdGraphType>("agencyId").Description("The one agency, by id.");
        Field<StringGraphType>("agencyCode").Description("The one agency, by its short code.");
        Field<AgencyKindGraphType>("kind").Description("With `country`: every agency of this kind there, now and later.");
        Field<StringGraphType>("country").Description("With `kind`: the country, as an ISO 3166-1 alpha-3 code.");
    }
}

internal sealed class GrantConsentInputGraphType : InputObjectGraphType
{
    public GrantConsentInputGraphType()
    {
        Name = "GrantConsentInput";
        Description = "A consent the person gave for one of your agency's cases.";
        Field<NonNullGraphType<IdGraphType>>("caseId").Description("The case; your agency must own it.");
        Field<NonNullGraphType<PurposeGraphType>>("purpose").Description("What the data may be used for.");
        Field<NonNullGraphType<ConsentRecipientInputGraphType>>("recipient").Description("Whom the consent names.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>>("categories").Description("The data categories it covers; at least one.");
        Field<DateTimeGraphType>("grantedOn").Description("When the person gave it (UTC); not in the future. Now, when left out.");
        Field<NonNullGraphType<DateTimeGraphType>>("expiresOn").Description("When it ends (UTC): after it was given, in the future, and at most `Hub:Writes:ConsentHorizonDays` (two years) after now and after it was given.");
        Field<NonNullGraphType<ConsentEvidenceGraphType>>("evidence").Description("How the person gave it.");
        Field<BooleanGraphType>("interpreterUsed").Description("Whether an interpreter helped the person give it (false when left out).");
    }
}

internal sealed class RevokeConsentInputGraphType : InputObjectGraphType
{
    public RevokeConsentInputGraphType()
    {
        Name = "RevokeConsentInput";
        Description = "The person withdrew a consent; it stops holding from this request on.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The consent.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The consent's `version` as you read it.");
    }
}
