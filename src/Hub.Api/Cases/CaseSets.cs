using Hub.Data.Entities;

namespace Hub.Api.Cases;

/// <summary>How the multi-valued fields of a case are written to their tables. A service received
/// is a service needed that was delivered: <c>servicesNeeded</c> lists every service the person
/// needs, received ones included, and <c>servicesReceived</c> marks which of them were delivered
/// (a service received that was not listed as needed becomes needed too).</summary>
internal static class CaseSets
{
    public static void ExploitationTypes(Case c, IReadOnlySet<ExploitationType> values) =>
        Replace(c.ExploitationTypes, values, e => e.Type, v => new CaseExploitationType { CaseId = c.Id, Type = v });

    public static void MeansOfControl(Case c, IReadOnlySet<MeansOfControl> values) =>
        Replace(c.MeansOfControl, values, e => e.Means, v => new CaseMeansOfControl { CaseId = c.Id, Means = v });

    public static void ServicesNeeded(Case c, IReadOnlySet<Service> values) =>
        Replace(c.Services, values, s => s.Service, v => new CaseService { CaseId = c.Id, Service = v });

    public static void ServicesReceived(Case c, IReadOnlySet<Service> values)
    {
        foreach (var row in c.Services)
        {
            row.Received = values.Contains(row.Service);
        }

        c.Services.AddRange(values.Where(v => c.Services.All(s => s.Service != v)).Select(v => new CaseService { CaseId = c.Id, Service = v, Received = true }));
    }

    // Rows that stay are kept as they are, so that a value kept is not deleted and inserted again.
    private static void Replace<TRow, TValue>(List<TRow> rows, IReadOnlySet<TValue> values, Func<TRow, TValue> key, Func<TValue, TRow> make)
    {
        rows.RemoveAll(r => !values.Contains(key(r)));
        rows.AddRange(values.Where(v => !rows.Any(r => EqualityComparer<TValue>.Default.Equals(key(r), v))).Select(make));
    }
}
