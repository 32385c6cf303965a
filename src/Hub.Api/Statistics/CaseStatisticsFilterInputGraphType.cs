using Hub.Api.Cases;
using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;

namespace Hub.Api.Statistics;

internal sealed class CaseStatisticsFilterInputGraphType()
    : FilterInputGraphType<Case, CaseStatisticsFilterInputGraphType>("CaseStatisticsFilterInput",
        "Conditions on the cases a statistic counts: those of `CaseFilterInput` but the reference, which names one case. A condition on a gated field only holds where that field may be counted; its negation does not hold there either.",
        CaseCatalog.CountingFilters);
