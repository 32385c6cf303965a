using Hub.Api.Writes;
using Hub.Data;
using Hub.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Agencies;

/// <summary>Finds the agency a write names, by its id or by its code (exactly one of the two).</summary>
internal static class AgencyLookup
{
    public static async Task<Agency?> FindAsync(HubDbContext db, InputErrors errors, string? id, string? code, string[] idField, string[] codeField, CancellationToken cancellationToken)
    {
        if ((id is null) == (code is null))
        {
            errors.Add(UserErrorCode.Required, "Name the agency by its id or by its code, not both.", id is null ? idField : codeField);
            return null;
        }

        var agencyId = errors.Id(id, idField);
        if (id is not null && agencyId is null)
        {
            return null;
        }

        var agencies = db.Agencies.AsNoTracking();
        var agency = agencyId is { } byId
            ? await agencies.SingleOrDefaultAsync(a => a.Id == byId, cancellationToken)
            : await agencies.SingleOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (agency is null)
        {
            errors.Add(UserErrorCode.UnknownAgency, $"No agency in the registry has the {(id is null ? "code" : "id")} '{id ?? code}'.", id is null ? codeField : idField);
        }

        return agency;
    }
}
