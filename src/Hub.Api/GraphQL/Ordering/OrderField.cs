using Hub.Api.GraphQL.Paging;

namespace Hub.Api.GraphQL.Ordering;

/// <summary>A key clients may order by: a non-nullable, ungated column.</summary>
internal sealed record OrderField<T>(string Name, string Description, Func<bool, OrderKey<T>> Key);
