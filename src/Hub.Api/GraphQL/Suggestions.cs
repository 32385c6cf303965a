using System.Text.RegularExpressions;

namespace Hub.Api.GraphQL;

/// <summary>GraphQL.NET's validation messages end in "Did you mean ...?" suggestions, which spell
/// out the schema to whoever probes it. Every path that hands a validation message to a caller (the
/// error info provider, trusted document registration) cuts them here.</summary>
internal static partial class Suggestions
{
    public static string Strip(string message) => Suggestion().Replace(message, "");

    [GeneratedRegex(@"\s*Did you mean [^?]*\?", RegexOptions.Singleline)]
    private static partial Regex Suggestion();
}
