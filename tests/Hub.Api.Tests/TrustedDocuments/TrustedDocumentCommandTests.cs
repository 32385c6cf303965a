using Hub.Api.Commands;
using Hub.Api.Tests.Infrastructure;
using Hub.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.TrustedDocuments;

/// <summary>The <c>documents</c> commands an operator or a build pipeline runs.</summary>
public sealed class TrustedDocumentCommandTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private Task<int> RunAsync(params string[] args) => HubCommandLine.RunAsync(["documents", .. args], new ServicesHost(hub.Services));

    [Fact]
    public async Task Register_Revoke_AndTheOnlySetting_WorkFromTheCommandLine()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "query Dashboard { countries { code } }");
        try
        {
            var registered = await RunAsync("register", "--agency", WellKnownAgencies.ThailandLegalAid, "--file", file, "--name", "dashboard");
            var stored = await hub.WithDbAsync(db => db.TrustedDocuments.SingleAsync(d => d.Name == "dashboard"));
            var revoked = await RunAsync("revoke", "--agency", WellKnownAgencies.ThailandLegalAid, "--id", stored.DocumentId);
            var only = await RunAsync("only", "--agency", WellKnownAgencies.ThailandLegalAid, "on");
            var flag = await hub.WithDbAsync(db => db.Agencies.Where(a => a.Code == WellKnownAgencies.ThailandLegalAid).Select(a => a.TrustedDocumentsOnly).SingleAsync());
            var off = await RunAsync("only", "--agency", WellKnownAgencies.ThailandLegalAid, "off");

            Assert.Equal([0, 0, 0, 0], new[] { registered, revoked, only, off });
            Assert.Equal("command", stored.RegisteredBy);
            Assert.True(flag);
            Assert.NotNull(await hub.WithDbAsync(db => db.TrustedDocuments.Where(d => d.DocumentId == stored.DocumentId).Select(d => d.RevokedAt).SingleAsync()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Mistakes_AreReported_WithAFailingExitCode()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "{ countries { nope } }");
        try
        {
            Assert.Equal(2, await RunAsync("register", "--agency", "NO-SUCH", "--file", file));
            Assert.Equal(1, await RunAsync("register", "--agency", WellKnownAgencies.ThailandLegalAid, "--file", file));
            Assert.Equal(2, await RunAsync("register", "--agency", WellKnownAgencies.ThailandLegalAid, "--file", file + ".missing"));
            Assert.Equal(1, await RunAsync("revoke", "--agency", WellKnownAgencies.ThailandLegalAid, "--id", "sha256:" + new string('0', 64)));
            Assert.Equal(2, await RunAsync("only", "--agency", WellKnownAgencies.ThailandLegalAid, "maybe"));
            Assert.False(await hub.WithDbAsync(db => db.TrustedDocuments.AnyAsync(d => d.Body.Contains("nope"))));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
