using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Options;
using Hub.Api.Writes;
using Hub.Data.Entities;
using Microsoft.Extensions.Options;

namespace Hub.Api.Consents;

internal sealed class ConsentMutations(IOptions<WritesOptions> options) : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Field<NonNullGraphType<ConsentPayloadGraphType>>("grantConsent")
            .Description("Records a consent the person gave for one of your agency's cases: for one purpose, naming one agency or every agency of a kind in a country, in some data categories, until it expires. The agencies it names see the case from the next request on. Needs `Consent.Manage`.")
            .Argument<NonNullGraphType<GrantConsentInputGraphType>>("input", "The consent.")
            .RequireRole(HubRoles.ConsentManage)
            .ResolveAsync(async context => await context.WriteAsync(request => ConsentWriter.GrantAsync(request, options.Value)));

        mutation.Field<NonNullGraphType<ConsentPayloadGraphType>>("revokeConsent")
            .Description("Records that the person withdrew a consent. From the next request on it discloses nothing, open referrals included: their recipients keep the referral's own record and lose the case. Needs `Consent.Manage`.")
            .Argument<NonNullGraphType<RevokeConsentInputGraphType>>("input", "The consent.")
            .RequireRole(HubRoles.ConsentManage)
            .ResolveAsync(async context => await context.WriteAsync(ConsentWriter.RevokeAsync));
    }
}
