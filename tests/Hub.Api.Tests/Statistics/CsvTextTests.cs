using Hub.Api.Exports;

namespace Hub.Api.Tests.Statistics;

/// <summary>Exported cells are quoted when they must be, and never read as formulas.</summary>
public sealed class CsvTextTests
{
    [Theory]
    [InlineData("NGA", "NGA")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData(" =1+1", "' =1+1")]
    [InlineData("  @SUM(A1)", "'  @SUM(A1)")]
    [InlineData("-2", "'-2")]
    [InlineData("+1", "'+1")]
    [InlineData(null, "")]
    public void A_cell_is_quoted_when_it_must_be_and_never_a_formula(string? value, string written) =>
        Assert.Equal(written, CsvText.Cell(value));
}
