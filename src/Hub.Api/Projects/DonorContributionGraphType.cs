using GraphQL.Types;
using Hub.Data.Entities;

namespace Hub.Api.Projects;

internal sealed class DonorContributionGraphType : ObjectGraphType<DonorContribution>
{
    public DonorContributionGraphType()
    {
        Name = "DonorContribution";
        Description = "Financial: one donor's contribution to a project in one year.";
        Field(c => c.Donor).Description("The contributing donor.");
        Field(c => c.Year).Description("The budget year.");
        Field(c => c.AmountUsd, type: typeof(NonNullGraphType<LongGraphType>)).Description("Amount in whole US dollars.");
    }
}
