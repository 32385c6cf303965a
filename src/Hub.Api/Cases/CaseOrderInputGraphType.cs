using Hub.Api.GraphQL.Ordering;
using Hub.Data.Entities;

namespace Hub.Api.Cases;

internal sealed class CaseOrderInputGraphType()
    : OrderInputGraphType<Case>("CaseOrderInput", "An ordering key for cases (default: latest registered first). Cases order by ungated fields only.", CaseCatalog.Order);
