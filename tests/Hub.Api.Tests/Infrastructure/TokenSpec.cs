using Hub.Data.Entities;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>The claims of a test token; defaults make a valid user token with the Hub's scope.</summary>
public sealed record TokenSpec
{
    public required Guid TenantId { get; init; }
    public string ObjectId { get; init; } = "5b2f1a3c-0d4e-4f6a-8b7c-9d0e1f2a3b4c";
    public IReadOnlyList<string> Roles { get; init; } = [HubRoles.ProjectsRead];
    public bool IsApp { get; init; }
    public string? Scope { get; init; } = HubRoles.Scope;
    public string? Audience { get; init; }
    public string? Issuer { get; init; }
    public DateTime? NotBefore { get; init; }
    public DateTime? Expires { get; init; }
    public SecurityKey? SigningKey { get; init; }
    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    public static TokenSpec App(Guid tenantId, params string[] roles) =>
        new() { TenantId = tenantId, IsApp = true, Scope = null, Roles = roles, ObjectId = "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d" };
}
