using GraphQL.Types;

namespace Hub.Api.Cases;

/// <summary>The fields of a case a write may set: the reference and every gated field of
/// <see cref="GatedCaseFields"/>, each optional.</summary>
internal abstract class CaseFieldsInputGraphType : InputObjectGraphType
{
    protected CaseFieldsInputGraphType()
    {
        Field<StringGraphType>("reference").Description("Your agency's reference for the case, unique among its cases (at most 40 characters). `registerCase` makes one up when none is given.");
        foreach (var field in GatedCaseFields.All)
        {
            AddField(field.InputField());
        }
    }
}

internal sealed class RegisterCaseInputGraphType : CaseFieldsInputGraphType
{
    public RegisterCaseInputGraphType()
    {
        Name = "RegisterCaseInput";
        Description = "A case to register; your agency becomes its owner. Every field is optional; country fields take ISO 3166-1 alpha-3 codes.";
    }
}

internal sealed class UpdateCaseInputGraphType : CaseFieldsInputGraphType
{
    public UpdateCaseInputGraphType()
    {
        Name = "UpdateCaseInput";
        Description = "A change to one of your agency's cases: only the fields present change, and a field sent as null is cleared.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The case.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The case's `version` as you read it; if it has changed since, nothing is written (`VERSION_CONFLICT`).");
    }
}
