using Hub.Api.Imports;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.ProjectWrites;

/// <summary>The README lists the columns of each import exactly as the Hub reads them.</summary>
public sealed class ImportColumnsTests
{
    [Fact]
    public void TheReadme_ListsEveryImportsColumns()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");

        Assert.All(Importer.Kinds, kind => Assert.Contains(kind.Table(), readme, StringComparison.Ordinal));
    }
}
