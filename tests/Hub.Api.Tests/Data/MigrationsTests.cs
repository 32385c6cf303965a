using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Data;

/// <summary>Each provider's migrations assembly is up to date with the one model.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Providers => ProviderContexts.Names;

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_CoverTheWholeModel(string provider)
    {
        using var db = ProviderContexts.Create(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed: add a migration to Hub.Migrations.{provider}.");
    }
}
