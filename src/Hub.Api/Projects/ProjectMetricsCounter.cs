using System.Linq.Expressions;
using Hub.Api.Access;
using Hub.Api.GraphQL.Expressions;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.Statistics;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Projects;

/// <summary>Answers project metrics, for the GraphQL field and an export alike: the projects a
/// filter chooses, grouped by up to three dimensions, with their targets and results and the
/// budgets the caller may see (rule 10, decided by <see cref="DisclosurePolicy.FinancialsDisclosed"/>
/// in the statement), counted in one statement. Projects are not persons: nothing is perturbed,
/// suppressed or audited.</summary>
internal static class ProjectMetricsCounter
{
    private static readonly Expression<Func<Project, CountedProject>> Figures = p => new CountedProject
    {
        TargetPeopleAssisted = p.TargetPeopleAssisted,
        ResultPeopleAssisted = p.ResultPeopleAssisted,
        TargetPeopleTrained = p.TargetPeopleTrained,
        ResultPeopleTrained = p.ResultPeopleTrained,
        TargetPeopleReached = p.TargetPeopleReached,
        ResultPeopleReached = p.ResultPeopleReached,
    };

    private static readonly Expression<Func<Project, AccessScope, long?>> DisclosedBudget =
        Gate.When<Project, long?>(DisclosurePolicy.FinancialsDisclosed, (p, s) => p.BudgetUsd);

    public static async Task<ProjectMetricsTable> CountAsync(HubDbContext db, AccessScope scope, IReadOnlyList<ProjectDimension> groupBy, object? where, CancellationToken cancellationToken)
    {
        Slots.CheckGrouping(groupBy, ProjectDimensionGraphType.NameOf);
        var dimensions = groupBy.Select(d => ProjectDimensions.ByName[d]).ToList();
        var projects = db.Projects.AsNoTracking();
        if (FilterTranslator.Translate(where, ProjectCatalog.Filters, scope) is { } filter)
        {
            projects = projects.Where(filter.Where);
        }

        var (p, c) = (Expression.Parameter(typeof(Project), "p"), Expression.Parameter(typeof(ProjectCountry), "c"));
        var measures = Measures(p, Expression.Constant(scope, typeof(AccessScope)));
        var row = MetricsQuery.Row(measures, dimensions, [.. dimensions.Select(d => ParameterReplacer.Inline(d.Column, p, c))]);
        var once = projects.Select(Expression.Lambda<Func<Project, CountedProject>>(MetricsQuery.Row<ProjectDimension>(measures, [], []), p));
        var rows = dimensions.Any(d => d.CountsOncePerValue)
            ? projects.SelectMany(x => x.Countries.DefaultIfEmpty(), Expression.Lambda<Func<Project, ProjectCountry?, CountedProject>>(row, p, c))
            : projects.Select(Expression.Lambda<Func<Project, CountedProject>>(row, p));

        var sums = await MetricsQuery.Cells(rows, once, dimensions, Sums<CellGrouping>(), Sums<int>()).ToListAsync(cancellationToken);
        var cells = sums.Where(x => !x.IsTotal).Select(x => (Values: MetricsQuery.Values(x, dimensions), Sums: x)).ToList();
        cells.Sort((a, b) => MetricsQuery.Compare(a.Values, b.Values, dimensions));
        var total = MetricsQuery.TotalFromCells(dimensions)
            ? Add(cells.Select(x => x.Sums))
            : sums.SingleOrDefault(x => x.IsTotal) ?? new ProjectSums(); // a group of no projects is no row
        return new ProjectMetricsTable(groupBy, [.. groupBy.Where(d => ProjectDimensions.ByName[d].CountsOncePerValue)],
            [.. cells.Select(x => Cell(dimensions, x.Values, x.Sums))], Cell(dimensions, [], total));
    }

    // The project's figures, and its budget only where its financials are disclosed to the caller.
    private static MemberInitExpression Measures(ParameterExpression p, Expression scope)
    {
        var figures = (MemberInitExpression)ParameterReplacer.Inline(Figures, p);
        var disclosed = ParameterReplacer.Inline(DisclosurePolicy.FinancialsDisclosed, p, scope);
        return figures.Update(figures.NewExpression,
        [
            .. figures.Bindings,
            Expression.Bind(typeof(CountedProject).GetProperty(nameof(CountedProject.BudgetUsd))!, ParameterReplacer.Inline(DisclosedBudget, p, scope)),
            Expression.Bind(typeof(CountedProject).GetProperty(nameof(CountedProject.BudgetDisclosed))!, Expression.Condition(disclosed, Expression.Constant(1), Expression.Constant(0))),
        ]);
    }

    private static Expression<Func<IGrouping<TKey, CountedProject>, ProjectSums>> Sums<TKey>() => g => new ProjectSums
    {
        Projects = g.Count(),
        TargetPeopleAssisted = g.Sum(x => x.TargetPeopleAssisted),
        ResultPeopleAssisted = g.Sum(x => x.ResultPeopleAssisted),
        TargetPeopleTrained = g.Sum(x => x.TargetPeopleTrained),
        ResultPeopleTrained = g.Sum(x => x.ResultPeopleTrained),
        TargetPeopleReached = g.Sum(x => x.TargetPeopleReached),
        ResultPeopleReached = g.Sum(x => x.ResultPeopleReached),
        BudgetUsd = g.Sum(x => x.BudgetUsd),
        BudgetProjects = g.Sum(x => x.BudgetDisclosed),
    };

    private static ProjectSums Add(IEnumerable<ProjectSums> cells)
    {
        var all = cells.ToList();
        return new ProjectSums
        {
            IsTotal = true,
            Projects = all.Sum(x => x.Projects),
            TargetPeopleAssisted = all.Sum(x => x.TargetPeopleAssisted),
            ResultPeopleAssisted = all.Sum(x => x.ResultPeopleAssisted),
            TargetPeopleTrained = all.Sum(x => x.TargetPeopleTrained),
            ResultPeopleTrained = all.Sum(x => x.ResultPeopleTrained),
            TargetPeopleReached = all.Sum(x => x.TargetPeopleReached),
            ResultPeopleReached = all.Sum(x => x.ResultPeopleReached),
            BudgetUsd = all.Sum(x => x.BudgetUsd),
            BudgetProjects = all.Sum(x => x.BudgetProjects),
        };
    }

    private static ProjectMetricsCell Cell(List<MetricsDimension<ProjectDimension>> dimensions, IReadOnlyList<object?> values, ProjectSums sums) => new(
        [.. values.Select((v, i) => new ProjectDimensionValue(dimensions[i].Name, v is null ? null : dimensions[i].Show(v)))],
        sums.Projects, sums.TargetPeopleAssisted, sums.ResultPeopleAssisted, sums.TargetPeopleTrained, sums.ResultPeopleTrained,
        sums.TargetPeopleReached, sums.ResultPeopleReached, sums.BudgetProjects == 0 ? null : sums.BudgetUsd ?? 0, sums.BudgetProjects);
}
