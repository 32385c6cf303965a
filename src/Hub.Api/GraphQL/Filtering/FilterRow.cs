namespace Hub.Api.GraphQL.Filtering;

/// <summary>A placeholder row type, to reach <see cref="RowProjection{TEntity,TRow}.Inline"/>.</summary>
internal sealed class FilterRow;
