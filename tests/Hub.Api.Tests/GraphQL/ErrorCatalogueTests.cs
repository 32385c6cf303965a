using System.Reflection;
using System.Text.RegularExpressions;
using GraphQL;
using Hub.Api.GraphQL;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.GraphQL;

/// <summary>One catalogue of the Hub's error codes: every constant is in it, the README prints it,
/// and no code is spelt anywhere else in the source. (That every code a test meets is in it, or is
/// GraphQL.NET's own, <see cref="ErrorCodeCheck"/> holds for the whole suite.)</summary>
public sealed partial class ErrorCatalogueTests
{
    [Fact]
    public void EveryErrorCodeConstant_IsInTheCatalogue_Once()
    {
        var constants = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order().ToList();

        Assert.Equal(constants, ErrorCatalogue.Entries.Select(e => e.Code).Order().ToList());
        Assert.Equal(ErrorCatalogue.Entries.Count, ErrorCatalogue.Entries.Select(e => e.Code).Distinct().Count());
    }

    [Fact]
    public void TheReadmeTable_IsTheCatalogue()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var rows = CatalogueRow().Matches(readme).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value}").Order().ToList();

        Assert.Equal(ErrorCatalogue.Entries.Select(e => $"{e.Status} {e.Code} {e.Meaning}").Order().ToList(), rows);
    }

    [Fact]
    public void NoErrorCode_IsSpeltOutsideTheCatalogue()
    {
        // me.status answers UNKNOWN_TENANT as a state of the caller, not as an error code.
        (string File, string Literal)[] notErrorCodes = [("CallerGraphType.cs", "UNKNOWN_TENANT")];
        var codes = ErrorCatalogue.Entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var src = Path.Combine(RepositoryRoot.Path, "src");
        var found = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && Path.GetFileName(f) != "ErrorCodes.cs")
            .SelectMany(f => UpperSnakeLiteral().Matches(File.ReadAllText(f))
                .Select(m => m.Groups[1].Value)
                .Where(literal => codes.Contains(literal) || literal.EndsWith("_ERROR", StringComparison.Ordinal))
                .Where(literal => !notErrorCodes.Contains((Path.GetFileName(f), literal)))
                .Select(literal => $"{Path.GetRelativePath(src, f)}: {literal}"))
            .ToList();
        var assignments = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => CodeAssignedALiteral().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(src, f)).ToList();

        Assert.Empty(found);
        Assert.Empty(assignments);
    }

    [Fact]
    public void GraphQLNetsOwnCodes_AreReadFromItsAssembly()
    {
        Assert.Contains("FIELDS_ON_CORRECT_TYPE", ErrorCodeCheck.EngineCodes);
        Assert.Contains("SYNTAX_ERROR", ErrorCodeCheck.EngineCodes);
    }

    [Fact]
    public async Task TheUnhandledExceptionHandler_AnswersInternalError_EvenWithoutAnExecutionContext()
    {
        var context = new global::GraphQL.Execution.UnhandledExceptionContext(new ExecutionOptions { RequestServices = new ThrowingServices() }, new InvalidOperationException("secret detail"));

        await UnhandledException.HandleAsync(context);

        Assert.Equal(ErrorCodes.InternalError, Assert.IsType<ExecutionError>(context.Exception).Code);
        Assert.DoesNotContain("secret", context.Exception.Message, StringComparison.Ordinal);
        Assert.Null(context.Exception.InnerException);
    }

    private sealed class ThrowingServices : IServiceProvider
    {
        public object GetService(Type serviceType) => throw new InvalidOperationException("no services here");
    }

    [GeneratedRegex(@"^\| (\d{3}) \| `([A-Z_]+)` \| (.+) \|$", RegexOptions.Multiline)]
    private static partial Regex CatalogueRow();

    [GeneratedRegex(@"""([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)""")]
    private static partial Regex UpperSnakeLiteral();

    [GeneratedRegex(@"\bCode\s*=\s*""|""code""\s*:\s*""[A-Z]")]
    private static partial Regex CodeAssignedALiteral();
}
