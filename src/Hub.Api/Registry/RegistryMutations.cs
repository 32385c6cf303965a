using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Writes;

namespace Hub.Api.Registry;

/// <summary>The registry's writes, the operator's alone: an agency's own <c>Hub.Admin</c> is refused them.</summary>
internal sealed class RegistryMutations : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        Add<RegisterAgencyInputGraphType>(mutation, "registerAgency", "Registers an agency: its tokens act for it from their next request, with the roles of its ceiling.", RegistryWriter.RegisterAsync);
        Add<UpdateAgencyInputGraphType>(mutation, "updateAgency", "Changes an agency's registry entry: only the fields present change. A lowered role ceiling, or a removed tenant, holds from the agency's next request.", RegistryWriter.UpdateAsync);
        Add<SuspendAgencyInputGraphType>(mutation, "suspendAgency", "Suspends an active agency: from its next request its callers get nothing but `me`, and nothing can be referred to it.", RegistryWriter.SuspendAsync);
        Add<ReactivateAgencyInputGraphType>(mutation, "reactivateAgency", "Reactivates a suspended agency, from its next request.", RegistryWriter.ReactivateAsync);
    }

    private static void Add<TInput>(MutationType mutation, string name, string description, Func<WriteRequest, Task<WriteOutcome>> write)
        where TInput : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<AgencyRegistrationPayloadGraphType>>(name)
            .Description(description + " The Hub operator's only (`Hub.Admin` in the operator's tenant; anyone else is refused with `OPERATOR_REQUIRED`). Audited as the operator's, in no agency's log.")
            .Argument<NonNullGraphType<TInput>>("input", "The registry entry.")
            .OperatorOnly()
            .ResolveAsync(async context => await context.WriteAsOperatorAsync(write));
}
