using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Agencies;
using Hub.Api.Countries;
using Hub.Api.GraphQL;
using Hub.Data.Entities;

namespace Hub.Api.Consents;

internal sealed class ConsentGraphType : ObjectGraphType<Consent>
{
    public ConsentGraphType()
    {
        Name = "Consent";
        Description = "A person's consent to share their case, recorded by the case owner: for one purpose, with one agency or every agency of a kind in a country, in some data categories, for a limited time.";
        this.RequireRole(HubRoles.CasesRead, HubRoles.CasesReadIdentity);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable identifier.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<PurposeGraphType>>("purpose").Description("What the data may be used for.").Resolve(c => c.Source.Purpose);
        Field<AgencyGraphType>("recipientAgency").Description("The one agency the consent names; null when it names a kind and country.")
            .Resolve(c => c.Source.RecipientAgencyId is { } id ? c.LoadAgency(id) : null);
        Field<AgencyKindGraphType>("recipientKind").Description("With `recipientCountry`: every agency of this kind there.").Resolve(c => c.Source.RecipientKind);
        Field<CountryGraphType>("recipientCountry").Description("With `recipientKind`: every agency of that kind in this country.")
            .Resolve(c => c.Source.RecipientCountryCode is { } code ? c.LoadCountry(code) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>>("categories").Description("The data categories it covers.")
            .Resolve(c => CaseCategories.Split(c.Source.Categories));
        Field<NonNullGraphType<DateTimeGraphType>>("grantedOn").Description("From when it holds (UTC).").Resolve(c => c.Source.GrantedOn);
        Field<NonNullGraphType<DateTimeGraphType>>("expiresOn").Description("When it ends (UTC); consent is always time-limited.").Resolve(c => c.Source.ExpiresOn);
        Field<DateTimeGraphType>("revokedOn").Description("When the person withdrew it (UTC); it stops holding from that instant.").Resolve(c => c.Source.RevokedOn);
        Field<NonNullGraphType<ConsentEvidenceGraphType>>("evidence").Description("How the consent was given.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Goes up by one with each change; `revokeConsent` names the version it read.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<BooleanGraphType>>("interpreterUsed").Description("Whether an interpreter helped the person give it.").Resolve(c => c.Source.InterpreterUsed);
    }
}
