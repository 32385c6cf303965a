using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class CaseFilterInputGraphType()
    : FilterInputGraphType<Case, CaseFilterInputGraphType>("CaseFilterInput", "Conditions on cases. A condition on a gated field only holds where that field is disclosed to the caller; its negation does not hold there either.", CaseCatalog.Filters);
