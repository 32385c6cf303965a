namespace Hub.Api.Writes;

/// <summary>Checks and writes the fields of one input object onto a <typeparamref name="TEntity"/>,
/// each only when the input sets it, recording its fault with its path or its change in
/// <see cref="Changes"/>. Nested input objects get a writer of their own under their path.</summary>
internal sealed class FieldWriter<TEntity>(IReadOnlyDictionary<string, object?> input, InputErrors errors, FieldChanges changes, string noun, params string[] path)
{
    public FieldChanges Changes => changes;

    private bool Has(string field) => input.ContainsKey(field);

    private string[] PathOf(params string[] field) => [.. path, .. field];

    /// <summary>The writer of the nested input object <paramref name="field"/>, or null when the
    /// input leaves it out (or sends null, which is refused: the object cannot be cleared).</summary>
    public FieldWriter<TEntity>? Nested(string field)
    {
        if (!Has(field))
        {
            return null;
        }

        if (input[field] is IDictionary<string, object?> nested)
        {
            return new FieldWriter<TEntity>(nested.AsReadOnly(), errors, changes, noun, PathOf(field));
        }

        errors.Add(UserErrorCode.InvalidValue, $"{Capitalised} always has its {field}: send what changes in it, or leave it out.", PathOf(field));
        return null;
    }

    /// <summary>A one-line text that cannot be cleared, within the length of <paramref name="property"/>.</summary>
    public void Text(string field, string property, string current, Action<string> set, InputErrors.TextKind kind = InputErrors.TextKind.Line) =>
        Text(field, property, current, set, check: null, kind);

    /// <summary>A one-line text that cannot be cleared, checked further by <paramref name="check"/>.</summary>
    public void Text(string field, string property, string current, Action<string> set, Action<string, string[]>? check, InputErrors.TextKind kind = InputErrors.TextKind.Line)
    {
        if (Required(field, out string? value) && Checked(() =>
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    errors.Add(UserErrorCode.Required, $"{Capitalised} always has its {field}: say it in words.", PathOf(field));
                    return;
                }

                errors.Text<TEntity>(value, property, kind, PathOf(field));
                check?.Invoke(value!, PathOf(field));
            }))
        {
            changes.Set(Name(field), current, value!, set);
        }
    }

    /// <summary>A value that cannot be cleared; <paramref name="check"/> adds the faults of a given one.</summary>
    public void Value<T>(string field, T current, Action<T> set, Action<T, string[]>? check = null)
        where T : struct
    {
        if (Required(field, out T? value) && Checked(() => check?.Invoke(value!.Value, PathOf(field))))
        {
            changes.Set(Name(field), current, value!.Value, set);
        }
    }

    /// <summary>A value that may be cleared with null.</summary>
    public void Optional<T>(string field, T? current, Action<T?> set, Action<T, string[]>? check = null)
        where T : struct
    {
        if (!Has(field))
        {
            return;
        }

        var value = input[field] is T given ? given : (T?)null;
        if (Checked(() => { if (value is { } v) check?.Invoke(v, PathOf(field)); }))
        {
            changes.Set(Name(field), current, value, set);
        }
    }

    /// <summary>A count of people or things: zero or more, and at most <paramref name="max"/>, so
    /// that sums of counts stay exact.</summary>
    public void Count(string field, int current, Action<int> set, int max = MaxCount) =>
        Value(field, current, set, (count, at) =>
        {
            if (count < 0 || count > max)
            {
                errors.Add(UserErrorCode.InvalidValue, $"A count is zero or more, and at most {max:N0}.", at);
            }
        });

    /// <summary>The largest count a field holds, a billion: sums of a few stay within an int.</summary>
    public const int MaxCount = 1_000_000_000;

    private string Capitalised => char.ToUpperInvariant(noun[0]) + noun[1..];

    private string Name(string field) => string.Join('.', PathOf(field));

    private bool Required<T>(string field, out T? value)
    {
        value = default;
        if (!Has(field))
        {
            return false;
        }

        if (input[field] is T given)
        {
            value = given;
            return true;
        }

        errors.Add(UserErrorCode.InvalidValue, $"{Capitalised} always has its {field}: it can be changed, not cleared.", PathOf(field));
        return false;
    }

    private bool Checked(Action check)
    {
        var before = errors.All.Count;
        check();
        return errors.All.Count == before;
    }
}
