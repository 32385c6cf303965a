using System.Linq.Expressions;
using Hub.Api.GraphQL.Expressions;
using Hub.Api.GraphQL.Filtering;
using Hub.Data.Entities;

namespace Hub.Api.Agencies;

/// <summary>A filter on an agency that <typeparamref name="T"/> refers to (a case's owner, a
/// referral's parties, a project's lead), by the agency's id or code: the key must be one of the
/// registry's agencies that meet the condition.</summary>
internal sealed class AgencyFilter<T>(string name, string description, Expression<Func<T, Guid>> key)
    : FilterField<T>(name, description, typeof(AgencyFilterInputGraphType), gate: null)
{
    protected override Expression Build(IDictionary<string, object?> operations, ParameterExpression entity, Expression scope)
    {
        var agency = Expression.Parameter(typeof(Agency), "a");
        var condition = Expression.Lambda<Func<Agency, bool>>(FilterTranslator.Condition(operations, AgencyCatalog.Filters, agency, scope), agency);
        var matching = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(Agency)],
            Expression.Property(scope, nameof(Access.AccessScope.Agencies)), Expression.Quote(condition));
        Expression<Func<Agency, Guid>> id = a => a.Id;
        var ids = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(Agency), typeof(Guid)], matching, Expression.Quote(id));
        return Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(Guid)], ids, ParameterReplacer.Inline(key, entity));
    }
}
