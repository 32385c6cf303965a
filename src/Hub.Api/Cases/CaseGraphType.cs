using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Agencies;
using Hub.Api.Consents;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.Referrals;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class CaseGraphType : ObjectGraphType<CaseRow>
{
    public CaseGraphType()
    {
        Name = "Case";
        Description = "A presumed or identified victim of trafficking, registered by its owner agency. Visible to the owner, and to agencies an active consent for the declared purpose names (directly, or by kind and country). Each field below says which data category gates it.";
        this.RequireRole(HubRoles.CasesRead, HubRoles.CasesReadIdentity);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable identifier.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("reference").Description("The owner's reference for the case.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<AgencyGraphType>>("owner").Description("The agency that registered the case and records its consents.")
            .Resolve(c => c.Source.Owner);
        Field<NonNullGraphType<DateTimeGraphType>>("registeredOn").Description("When the case was registered (UTC).").Resolve(c => c.Source.RegisteredOn);
        Field<NonNullGraphType<DateTimeGraphType>>("changedOn").Description("When the case last changed as your agency may know it (UTC): what `changedSince` compares. For the owner, the case's last change. For any other agency, the later of when the fields of a category disclosed to it last changed and when a consent naming it for the purpose was recorded: an edit of withheld fields, or a consent for another agency, does not move it.").Resolve(c => c.Source.ChangedOnAsSeen);
        Field<IntGraphType>("version")
            .Description("Goes up by one with each update; `updateCase` names the version it read. The owner's only: null for every other agency, to which it would tell when withheld data changed.")
            .Resolve(c => DisclosurePolicy.IsOwner(c.Source.OwnerAgencyId, c.Scope(c.Source.Purpose)) ? c.Source.Version : null);

        foreach (var (field, index) in GatedCaseFields.All.Select((f, i) => (f, i)))
        {
            AddField(field.GraphField(index));
        }

        Field<NonNullGraphType<ConnectionGraphType<ReferralGraphType, ReferralRow>>>("referrals")
            .Description("The case's referrals the caller is a party to (all of them for the owner), oldest first.")
            .PagingArguments()
            .Resolve(c => ReferralReader.OfCase(c, c.Source));
        Field<ListGraphType<NonNullGraphType<ConsentGraphType>>>("consents")
            .Description("The consents recorded for the case: the owner's view only, null for every other agency.")
            .Resolve(c => DisclosurePolicy.IsOwner(c.Source.OwnerAgencyId, c.Scope(c.Source.Purpose)) ? CaseLoaders.Consents(c, c.Source) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WithheldFieldGraphType>>>>("withheld")
            .Description("The fields selected on this case that are null because they were withheld, with their category and the reason. Fields not listed are not withheld: a null there means unknown.")
            .Resolve(c => Withholding.Of(c.Source, c.Source.Selected, c.Scope(c.Source.Purpose)));
    }
}
