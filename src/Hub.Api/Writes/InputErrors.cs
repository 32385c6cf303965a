using System.Text;
using Hub.Data;

namespace Hub.Api.Writes;

/// <summary>Collects what is wrong with a mutation's input, each fault with its code and its path
/// into the input. Text lengths come from the model, so a limit is declared once, on the column.</summary>
internal sealed partial class InputErrors(HubDbContext db)
{
    private readonly List<UserError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<UserError> All => _errors;

    public void Add(UserErrorCode code, string message, params string[] field) => _errors.Add(new UserError(code, message, field));

    /// <summary>A text for <typeparamref name="TEntity"/>.<paramref name="property"/>: not blank,
    /// within the column's length, without control characters (line breaks only where
    /// <paramref name="kind"/> allows them) and without the bidirectional overrides that make a text
    /// display as another. A key is also without spaces at either end.</summary>
    public void Text<TEntity>(string? value, string property, TextKind kind, params string[] field)
    {
        if (value is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Add(kind == TextKind.Required ? UserErrorCode.Required : UserErrorCode.InvalidValue,
                kind == TextKind.Required ? "Say it in words: a text of spaces only says nothing." : "A text of spaces only says nothing: send null to leave it unknown.", field);
            return;
        }

        if (value.EnumerateRunes().Any(r => !Allowed(r, kind)))
        {
            Add(UserErrorCode.InvalidValue, kind is TextKind.Required or TextKind.Lines
                ? "Control, format and invisible characters have no place in this text (line breaks and tabs do)."
                : "Control, format and invisible characters and line breaks have no place in this text.", field);
            return;
        }

        if (kind == TextKind.Key && value.Trim() != value)
        {
            Add(UserErrorCode.InvalidValue, "A code or reference has no spaces at either end.", field);
            return;
        }

        var max = db.Model.FindEntityType(typeof(TEntity))?.FindProperty(property)?.GetMaxLength();
        if (max is { } limit && value.Length > limit)
        {
            Add(UserErrorCode.TooLong, $"At most {limit} characters.", field);
        }
    }

    // A text shows what it holds: no control characters (but the line breaks and tabs of a note),
    // no format characters that hide or reorder what is shown (bidirectional marks and overrides,
    // zero-width spaces, soft hyphens), no line or paragraph separators, no noncharacters. Names
    // keep the zero-width joiner and non-joiner that some scripts spell with; a key, which others
    // look things up by and which must not have look-alikes, keeps none.
    // Judged by code point, so that characters beyond the first plane (tag characters, for one)
    // are judged too, not their surrogate halves.
    private static bool Allowed(Rune r, TextKind kind) => Rune.GetUnicodeCategory(r) switch
    {
        System.Globalization.UnicodeCategory.Control => kind is TextKind.Required or TextKind.Lines && r.Value is '\n' or '\r' or '\t',
        System.Globalization.UnicodeCategory.Format => kind != TextKind.Key && r.Value is '\u200C' or '\u200D',
        System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator => false,
        System.Globalization.UnicodeCategory.SpaceSeparator => kind != TextKind.Key || r.Value == ' ',
        System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.Surrogate => false,
        // Letters and symbols that show as nothing: the Hangul fillers and the blank Braille pattern.
        _ => (r.Value & 0xFFFE) != 0xFFFE && r.Value is not ((>= 0xFDD0 and <= 0xFDEF) or 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800),
    };

    /// <summary>What a text is, for the characters it may hold.</summary>
    public enum TextKind
    {
        /// <summary>One line: a name, a phone number, a place.</summary>
        Line,

        /// <summary>A key others look things up by: one line, nothing around it.</summary>
        Key,

        /// <summary>A note of several lines, which may be left out.</summary>
        Lines,

        /// <summary>A note of several lines that must say something.</summary>
        Required,
    }

    /// <summary>Country codes the registry must know: one query for all of them.</summary>
    public async Task CountriesAsync(IEnumerable<(string? Code, string[] Field)> codes, CancellationToken cancellationToken)
    {
        var given = codes.Where(c => c.Code is not null).ToList();
        if (given.Count == 0)
        {
            return;
        }

        var known = await KnownCodes.CountriesAsync(db, given.Select(c => c.Code!), cancellationToken);
        foreach (var (code, field) in given)
        {
            Country(code!, known, field);
        }
    }

    /// <summary>A country code among those the Hub knows, checked against codes read before.</summary>
    public void Country(string code, IReadOnlySet<string> known, params string[] field)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            Add(UserErrorCode.Required, "Name the country by its ISO 3166-1 alpha-3 code.", field);
        }
        else if (!known.Contains(code))
        {
            Add(UserErrorCode.UnknownCountry, $"'{code}' is not the ISO 3166-1 alpha-3 code of a country the Hub knows.", field);
        }
    }

    /// <summary>A code others find a record by (a project's, an agency's): capital letters and
    /// digits in groups joined by single hyphens, within the column's length.</summary>
    public void Code<TEntity>(string? value, string property, params string[] field)
    {
        if (value is not null && !CodePattern().IsMatch(value))
        {
            Add(UserErrorCode.InvalidValue, "A code is capital letters and digits, in groups joined by single hyphens (e.g. CT-2026-0001 or NGA-SHSN).", field);
            return;
        }

        Text<TEntity>(value, property, TextKind.Key, field);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CodePattern();

    /// <summary>An id of the input: a GUID, or an error.</summary>
    public Guid? Id(string? value, params string[] field)
    {
        if (value is null)
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        Add(UserErrorCode.InvalidValue, "Not an id the Hub gives out.", field);
        return null;
    }
}
