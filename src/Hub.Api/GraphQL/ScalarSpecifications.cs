using GraphQL;
using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>The scalars beyond the spec's five, each with its description and the specification
/// of its format (<c>@specifiedBy</c>). GraphQL.NET shares one instance of each built-in scalar
/// across schemas, so the Hub's described instances are registered as services, which the schema
/// prefers, rather than the shared ones being changed.</summary>
internal static class ScalarSpecifications
{
    private static readonly (Type Type, string Description, string Url)[] Scalars =
    [
        (typeof(DateTimeGraphType), "An instant in UTC: an RFC 3339 `date-time` (ISO 8601), e.g. `2026-03-01T09:30:00Z`.", "https://www.rfc-editor.org/rfc/rfc3339#section-5.6"),
        (typeof(CalendarDateGraphType), "A calendar date without time: an RFC 3339 `full-date` (ISO 8601 `YYYY-MM-DD`), e.g. `2026-03-01`.", "https://www.rfc-editor.org/rfc/rfc3339#section-5.6"),
        (typeof(LongGraphType), "A signed 64-bit integer, as a JSON number (beyond 2^53 a JavaScript client needs a big-integer type).", "https://learn.microsoft.com/dotnet/api/system.int64"),
        (typeof(DecimalGraphType), "A decimal number (28 to 29 significant digits), as a JSON number, e.g. an amount of money.", "https://learn.microsoft.com/dotnet/api/system.decimal"),
    ];

    public static void AddTo(IServiceCollection services)
    {
        foreach (var (type, description, url) in Scalars)
        {
            services.AddSingleton(type, _ =>
            {
                var scalar = (ScalarGraphType)Activator.CreateInstance(type)!;
                scalar.Description = description;
                scalar.ApplyDirective(SpecifiedByDirective.DirectiveName, SpecifiedByDirective.UrlArgument, url);
                return scalar;
            });
        }
    }
}
