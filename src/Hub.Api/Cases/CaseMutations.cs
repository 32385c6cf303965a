using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Writes;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class CaseMutations : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Field<NonNullGraphType<CasePayloadGraphType>>("registerCase")
            .Description("Registers a case; your agency becomes its owner. Needs `Cases.Write`. Audited with the names of the fields set, never their values.")
            .Argument<NonNullGraphType<RegisterCaseInputGraphType>>("input", "The case.")
            .RequireRole(HubRoles.CasesWrite)
            .ResolveAsync(async context => await context.WriteAsync(CaseWriter.RegisterAsync));

        mutation.Field<NonNullGraphType<CasePayloadGraphType>>("updateCase")
            .Description("Changes one of your agency's cases: only the fields present in the input change, and one sent as null is cleared. Needs `Cases.Write`. Audited with the names of the fields set, never their values.")
            .Argument<NonNullGraphType<UpdateCaseInputGraphType>>("input", "The change.")
            .RequireRole(HubRoles.CasesWrite)
            .ResolveAsync(async context => await context.WriteAsync(CaseWriter.UpdateAsync));
    }
}
