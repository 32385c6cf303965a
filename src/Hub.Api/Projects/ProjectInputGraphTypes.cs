using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.Writes;

namespace Hub.Api.Projects;

internal sealed class ProjectFiguresInputGraphType : InputObjectGraphType
{
    public ProjectFiguresInputGraphType()
    {
        Name = "ProjectFiguresInput";
        Description = "Counts of people, each zero or more. A count left out keeps its value (zero for a new project).";
        Field<IntGraphType>("peopleAssisted").Description("Victims and people at risk given direct assistance.");
        Field<IntGraphType>("peopleTrained").Description("Officials and practitioners trained.");
        Field<IntGraphType>("peopleReached").Description("People reached by awareness work.");
    }
}

internal sealed class DonorContributionInputGraphType : InputObjectGraphType
{
    public DonorContributionInputGraphType()
    {
        Name = "DonorContributionInput";
        Description = "One donor's contribution to the project in one budget year; one per donor and year.";
        Field<NonNullGraphType<StringGraphType>>("donor").Description("The contributing donor.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The budget year.");
        Field<NonNullGraphType<LongGraphType>>("amountUsd").Description("Amount in whole US dollars, zero or more.");
    }
}

/// <summary>The fields of a project an agency maintains, required on creation and optional on update.</summary>
internal abstract class ProjectInputGraphType : WriteInputGraphType
{
    protected ProjectInputGraphType(string name, string description, bool create)
        : base(name, description, create)
    {
        Required<StringGraphType>("title", "The title.");
        Required<StringGraphType>("donor", "The main donor.");
        Required<CalendarDateGraphType>("startsOn", "The first day.");
        Required<CalendarDateGraphType>("endsOn", "The last day (planned, or actual once completed); on or after `startsOn`. The period must cover the project's activities.");
        Required<ProjectStatusGraphType>("status", "Where the project stands.");
        Required<ProjectFocusGraphType>("focus", "The pillar it mainly serves.");
        Required<ListGraphType<NonNullGraphType<StringGraphType>>>("countryCodes", "The countries it runs in, as ISO 3166-1 alpha-3 codes; at least one, and every country its activities run in." + (create ? "" : " Replaces the list."));
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("partnerAgencyCodes")
            .Description("The partner agencies, by code; not your own agency. Partners record activities of the project and see its financial fields." + (create ? "" : " Replaces the list."));
        Field<ProjectFiguresInputGraphType>("targets").Description("What the project sets out to achieve.");
        Field<ProjectFiguresInputGraphType>("results").Description("What it has achieved so far.");
        Field<LongGraphType>("budgetUsd").Description("Financial: the budget in whole US dollars, zero to a trillion" + (create ? " (zero when left out)." : "."));
        Field<ListGraphType<NonNullGraphType<DonorContributionInputGraphType>>>("donorContributions")
            .Description("Financial: the contributions by donor and year." + (create ? "" : " Replaces the list."));
    }

}

internal sealed class CreateProjectInputGraphType : ProjectInputGraphType
{
    public CreateProjectInputGraphType()
        : base("CreateProjectInput", "A new project, led by your agency.", create: true)
    {
        Field<NonNullGraphType<StringGraphType>>("code").Description("The project code, unique in the Hub: capital letters and digits in groups joined by hyphens, e.g. `CT-2026-0001`. It cannot change later.");
    }
}

internal sealed class UpdateProjectInputGraphType : ProjectInputGraphType
{
    public UpdateProjectInputGraphType()
        : base("UpdateProjectInput", "Changes to a project your agency leads: only the fields sent change; lists sent replace the list.", create: false)
    {
        Field<NonNullGraphType<StringGraphType>>("code").Description("The project's code.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's `version` as you read it.");
    }
}
