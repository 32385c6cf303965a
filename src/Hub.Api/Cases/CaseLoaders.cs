using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.Access;
using Hub.Api.GraphQL.Loading;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Cases;

/// <summary>What is loaded of cases for a page at once besides their own statement.</summary>
internal static class CaseLoaders
{
    /// <summary>The owner's view of a case's consents.</summary>
    public static IDataLoaderResult<List<Consent>> Consents(IResolveFieldContext context, CaseRow row)
    {
        var scope = context.Scope(row.Purpose);
        return context.Load<Guid, List<Consent>>("consents", row.Id, [], async (db, ids, ct) =>
            (await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Where(DisclosurePolicy.Owns.For(scope)).SelectMany(c => c.Consents).ToListAsync(ct))
            .GroupBy(k => k.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(k => k.GrantedOn).ThenBy(k => k.Id).ToList()));
    }
}
