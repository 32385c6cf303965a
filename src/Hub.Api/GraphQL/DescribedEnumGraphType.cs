using System.Globalization;
using GraphQL.Types;
using GraphQLParser;

namespace Hub.Api.GraphQL;

/// <summary>An enum whose every value carries a description; a value left undescribed fails at
/// start-up rather than reaching the published schema bare. Values keep GraphQL.NET's
/// CONSTANT_CASE names unless a constructor renames them, and a value may be left out of the
/// GraphQL enum altogether (e.g. the empty member of a [Flags] enum) by naming it as excluded.</summary>
internal abstract class DescribedEnumGraphType<TEnum> : EnumerationGraphType<TEnum> where TEnum : struct, Enum
{
    /// <summary>Every value keeps its default name and takes its description from <paramref name="values"/>.</summary>
    protected DescribedEnumGraphType(string name, string description, IReadOnlyDictionary<TEnum, string> values)
        : this(name, description, values, [])
    {
    }

    /// <summary>Every value but the <paramref name="excluded"/> ones keeps its default name and takes
    /// its description from <paramref name="values"/>; the excluded ones are not part of the GraphQL enum.</summary>
    protected DescribedEnumGraphType(string name, string description, IReadOnlyDictionary<TEnum, string> values, IReadOnlyCollection<TEnum> excluded)
        : this(name, description, excluded, values.Keys, value => values.TryGetValue(value, out var text) ? (null, text) : null)
    {
    }

    /// <summary>Every value but the <paramref name="excluded"/> ones takes its GraphQL name and its
    /// description from <paramref name="values"/>.</summary>
    protected DescribedEnumGraphType(string name, string description, IReadOnlyDictionary<TEnum, (string Name, string Description)> values, IReadOnlyCollection<TEnum>? excluded = null)
        : this(name, description, excluded ?? [], values.Keys, value => values.TryGetValue(value, out var entry) ? entry : null)
    {
    }

    private DescribedEnumGraphType(string name, string description, IReadOnlyCollection<TEnum> excluded, IEnumerable<TEnum> entries,
        Func<TEnum, (string? Name, string Description)?> entryOf)
    {
        Name = name;
        Description = description;

        // GraphQL.NET keys its lookups by name when a value is added, so renaming a value in place
        // would leave parsing on the old name: take the values out and add them back renamed.
        var set = (DescribedValues)Values;
        var defined = set.ToList();
        set.Clear();
        foreach (var value in defined)
        {
            var member = (TEnum)value.Value!;
            var entry = entryOf(member);
            if (excluded.Contains(member))
            {
                if (entry is not null)
                {
                    throw new InvalidOperationException($"{name}.{value.Name} is excluded but has an entry.");
                }

                continue;
            }

            var (rename, text) = entry ?? throw new InvalidOperationException($"{name}.{value.Name} has no description.");
            value.Name = rename ?? value.Name;
            value.Description = text;
            Add(value);
        }

        var stray = entries.Where(member => set.FindByValue(member) is null && !excluded.Contains(member)).ToList();
        if (stray.Count > 0)
        {
            throw new InvalidOperationException($"{name} has entries for values its enum does not define: {string.Join(", ", stray)}.");
        }
    }

    /// <inheritdoc/>
    protected override EnumValuesBase CreateValues() => new DescribedValues();

    /// <summary>A CLR value can be parsed only if the GraphQL enum has it: not an excluded one.</summary>
    public override bool CanParseValue(object? value) =>
        value is TEnum ? Values.FindByValue(value) is not null : base.CanParseValue(value);

    /// <summary>The values, in declaration order, looked up by name and by CLR value. Unlike
    /// GraphQL.NET's own set it can be cleared, so that the values can be added back renamed or left out.</summary>
    private sealed class DescribedValues : EnumValuesBase
    {
        private static readonly Type Underlying = Enum.GetUnderlyingType(typeof(TEnum));

        private readonly List<EnumValueDefinition> _ordered = [];
        private readonly List<object> _underlying = [];
        private readonly Dictionary<ROM, EnumValueDefinition> _byName = [];
        private readonly Dictionary<TEnum, EnumValueDefinition> _byValue = [];

        public override int Count => _ordered.Count;

        public override void Add(EnumValueDefinition value)
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Value is not TEnum member)
            {
                throw new ArgumentException($"Only values of {typeof(TEnum).Name} are supported.", nameof(value));
            }

            if (_byName.ContainsKey(value.Name))
            {
                throw new ArgumentException($"Two values of {typeof(TEnum).Name} are named {value.Name}.", nameof(value));
            }

            if (!_byValue.TryAdd(member, value))
            {
                throw new ArgumentException($"{typeof(TEnum).Name}.{member} is added twice.", nameof(value));
            }

            _byName.Add(value.Name, value);
            _ordered.Add(value);
            _underlying.Add(Convert.ChangeType(member, Underlying, CultureInfo.InvariantCulture));
        }

        public void Clear()
        {
            _ordered.Clear();
            _underlying.Clear();
            _byName.Clear();
            _byValue.Clear();
        }

        public override EnumValueDefinition? FindByName(ROM name) => _byName.GetValueOrDefault(name);

        public override EnumValueDefinition? FindByValue(object? value)
        {
            if (value is TEnum member)
            {
                return _byValue.GetValueOrDefault(member);
            }

            // e.g. Serialize(int): compare with the underlying integral value.
            var index = _underlying.FindIndex(underlying => Equals(underlying, value));
            return index < 0 ? null : _ordered[index];
        }

        public override IEnumerator<EnumValueDefinition> GetEnumerator() => _ordered.GetEnumerator();
    }
}
