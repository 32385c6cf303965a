using GraphQLParser.AST;
using Hub.Api.Cases;
using Hub.Api.GraphQL.Loading;
using Hub.Api.GraphQL.Paging;
using Hub.Api.Identity;

namespace Hub.Api.GraphQL;

/// <summary>Per-request state shared by validation rules and resolvers.</summary>
internal sealed class HubUserContext : Dictionary<string, object?>
{
    /// <summary>The caller; claimed from the token during validation, confirmed by the registry
    /// before execution (<see cref="CallerConfirmation"/>).</summary>
    public required Caller Caller { get; set; }

    /// <summary>A query may run on this instance's memory of the caller's agency's registry entry
    /// (<see cref="CallerResolver.Recall"/>); set only where the answer is checked before it leaves.</summary>
    public bool MayRecall { get; init; }

    /// <summary>A statement that carried <see cref="CallerResolver.StillRegistered{T}"/> returned
    /// rows: the remembered entry the request ran on was the registry's at that moment.</summary>
    public bool RegistryProven { get; set; }

    /// <summary>Fields found in validation that need the caller's agency to be registered and
    /// active: checked once the registry has been asked.</summary>
    public List<(GraphQLField Node, string Name)> AgencyFields { get; } = [];

    /// <summary>The role requirements already refused, each reported once.</summary>
    public HashSet<string> MissingRoles { get; } = new(StringComparer.Ordinal);

    /// <summary>Role requirements the token met in validation: checked again once the registry has
    /// said which of the token's roles the agency's ceiling lets the caller exercise.</summary>
    public List<(GraphQLField Node, string Name, string[] Roles)> RolesMet { get; } = [];

    /// <summary>A field of the operator's was refused already; the request's others are not reported again.</summary>
    public bool OperatorRefused { get; set; }

    /// <summary>The document was registered by the caller's agency and sent by its identifier.</summary>
    public bool IsTrustedDocument { get; init; }

    /// <summary>Root fields of a free-form document, refused if the agency runs only trusted documents.</summary>
    public List<(GraphQLField Node, string Name)> UntrustedFields { get; } = [];
    public required string RequestId { get; init; }
    public required bool IsGetRequest { get; init; }

    /// <summary>The instant the request is evaluated at: consents are judged active or not at this
    /// one moment for the whole response.</summary>
    public required DateTime Now { get; init; }

    public RequestLoaders Loaders { get; } = new();

    /// <summary>The pages of cases a filter or a cursor chose, by their response path: an error
    /// beneath one of their cases tells of that case, even where the error nulled the page.</summary>
    public List<(object[] Path, Page<CaseRow> Page)> ChosenPages { get; } = [];

    /// <summary>The audit rows of the statistics the request answered: written with its disclosure
    /// rows, and only when the answer leaves.</summary>
    public List<Hub.Data.Entities.AuditEntry> Questions { get; } = [];
}
