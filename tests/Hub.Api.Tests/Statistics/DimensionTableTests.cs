using Hub.Api.Statistics;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Statistics;

/// <summary>The README lists the statistics' dimensions exactly as the Hub declares them.</summary>
public sealed class DimensionTableTests
{
    [Fact]
    public void The_readme_lists_every_dimension_as_declared()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains(Dimensions.Table(), readme, StringComparison.Ordinal);
    }
}
