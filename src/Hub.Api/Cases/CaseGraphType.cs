using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Agencies;
using Hub.Api.Consents;
using Hub.Api.Countries;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.Referrals;

namespace Hub.Api.Cases;

internal sealed class CaseGraphType : ObjectGraphType<CaseRow>
{
    private const string IdentityRule = "IDENTITY: needs the role `Cases.ReadIdentity` and, unless the caller owns the case, an active consent for the purpose that includes IDENTITY. Null and listed in `withheld` otherwise.";
    private const string DemographicRule = "DEMOGRAPHIC: needs the role `Cases.Read` and, unless the caller owns the case, an active consent for the purpose that includes DEMOGRAPHIC. Null and listed in `withheld` otherwise.";
    private const string TraffickingRule = "TRAFFICKING_EXPERIENCE: needs the role `Cases.Read` and, unless the caller owns the case, an active consent for the purpose that includes TRAFFICKING_EXPERIENCE. Null and listed in `withheld` otherwise.";
    private const string AssistanceRule = "ASSISTANCE: needs the role `Cases.Read` and, unless the caller owns the case, an active consent for the purpose that includes ASSISTANCE. Null and listed in `withheld` otherwise.";

    public CaseGraphType()
    {
        Name = "Case";
        Description = "A presumed or identified victim of trafficking, registered by its owner agency. Visible to the owner, and to agencies an active consent for the declared purpose names (directly, or by kind and country). Each field below says which data category gates it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable identifier.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("reference").Description("The owner's reference for the case.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<AgencyGraphType>>("owner").Description("The agency that registered the case and records its consents.")
            .Resolve(c => c.LoadAgency(c.Source.OwnerAgencyId));
        Field<NonNullGraphType<DateTimeGraphType>>("registeredOn").Description("When the case was registered (UTC).").Resolve(c => c.Source.RegisteredOn);

        Field<StringGraphType>("givenName").Description("Given name. " + IdentityRule).Resolve(c => c.Source.GivenName);
        Field<StringGraphType>("familyName").Description("Family name. " + IdentityRule).Resolve(c => c.Source.FamilyName);
        Field<CalendarDateGraphType>("dateOfBirth").Description("Date of birth. " + IdentityRule).Resolve(c => c.Source.DateOfBirth);
        Field<StringGraphType>("phone").Description("Phone number. " + IdentityRule).Resolve(c => c.Source.Phone);
        Field<StringGraphType>("currentLocation").Description("Where the person is now. " + IdentityRule).Resolve(c => c.Source.CurrentLocation);
        Field<StringGraphType>("documentNumber").Description("Identity or travel document number. " + IdentityRule).Resolve(c => c.Source.DocumentNumber);

        Field<SexGraphType>("sex").Description("Sex. " + DemographicRule).Resolve(c => c.Source.Sex);
        Field<AgeBracketGraphType>("ageBracket").Description("Age at identification, in CTDC brackets. " + DemographicRule).Resolve(c => c.Source.AgeBracket);
        Field<CountryGraphType>("citizenship").Description("Citizenship. " + DemographicRule)
            .Resolve(c => c.Source.CitizenshipCode is { } code ? c.LoadCountry(code) : null);
        Field<CountryGraphType>("countryOfIdentification").Description("Where the person was identified. " + DemographicRule)
            .Resolve(c => c.Source.CountryOfIdentificationCode is { } code ? c.LoadCountry(code) : null);

        Field<ListGraphType<NonNullGraphType<ExploitationTypeGraphType>>>("exploitationTypes").Description("Types of exploitation. " + TraffickingRule)
            .Resolve(c => c.Source.TraffickingExperienceDisclosed ? CaseLoaders.ExploitationTypes(c, c.Source) : null);
        Field<LabourSectorGraphType>("labourSector").Description("Sector of forced labour. " + TraffickingRule).Resolve(c => c.Source.LabourSector);
        Field<ListGraphType<NonNullGraphType<MeansOfControlGraphType>>>("meansOfControl").Description("Means of control (HTCDS). " + TraffickingRule)
            .Resolve(c => c.Source.TraffickingExperienceDisclosed ? CaseLoaders.MeansOfControl(c, c.Source) : null);
        Field<RecruitmentMethodGraphType>("recruitmentMethod").Description("How the person was recruited. " + TraffickingRule).Resolve(c => c.Source.RecruitmentMethod);
        Field<RecruiterRelationGraphType>("recruiterRelation").Description("The recruiter's relation to the person. " + TraffickingRule).Resolve(c => c.Source.RecruiterRelation);
        Field<TraffickingDurationGraphType>("traffickingDuration").Description("Time spent in the trafficking situation. " + TraffickingRule).Resolve(c => c.Source.TraffickingDuration);
        Field<CountryGraphType>("countryOfExploitation").Description("Where the person was exploited. " + TraffickingRule)
            .Resolve(c => c.Source.CountryOfExploitationCode is { } code ? c.LoadCountry(code) : null);

        Field<ListGraphType<NonNullGraphType<ServiceGraphType>>>("servicesNeeded").Description("Services the person needs. " + AssistanceRule)
            .Resolve(c => c.Source.AssistanceDisclosed ? CaseLoaders.ServicesNeeded(c, c.Source) : null);
        Field<ListGraphType<NonNullGraphType<ServiceGraphType>>>("servicesReceived").Description("Services the person has received. " + AssistanceRule)
            .Resolve(c => c.Source.AssistanceDisclosed ? CaseLoaders.ServicesReceived(c, c.Source) : null);
        Field<CaseStatusGraphType>("status").Description("Where the case stands. " + AssistanceRule).Resolve(c => c.Source.Status);

        Field<NonNullGraphType<ConnectionGraphType<ReferralGraphType, ReferralRow>>>("referrals")
            .Description("The case's referrals the caller is a party to (all of them for the owner), oldest first.")
            .Argument<IntGraphType>("first", $"At most this many (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "The `endCursor` of the previous page.")
            .Resolve(c => ReferralReader.OfCase(c, c.Source));
        Field<ListGraphType<NonNullGraphType<ConsentGraphType>>>("consents")
            .Description("The consents recorded for the case: the owner's view only, null for every other agency.")
            .Resolve(c => DisclosurePolicy.IsOwner(c.Source.OwnerAgencyId, c.Scope(c.Source.Purpose)) ? CaseLoaders.Consents(c, c.Source) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WithheldFieldGraphType>>>>("withheld")
            .Description("The fields selected on this case that are null because they were withheld, with their category and the reason. Fields not listed are not withheld: a null there means unknown.")
            .Resolve(c => Withholding.Of(c.Source, c.Source.Selected, c.Scope(c.Source.Purpose)));
    }
}
