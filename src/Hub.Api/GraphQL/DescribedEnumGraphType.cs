using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>An enum whose every value carries a description; a value left undescribed fails at
/// start-up rather than reaching the published schema bare.</summary>
internal abstract class DescribedEnumGraphType<TEnum> : EnumerationGraphType<TEnum> where TEnum : struct, Enum
{
    protected DescribedEnumGraphType(string name, string description, IReadOnlyDictionary<TEnum, string> values)
    {
        Name = name;
        Description = description;
        foreach (var value in Values)
        {
            value.Description = values.TryGetValue((TEnum)value.Value!, out var text)
                ? text
                : throw new InvalidOperationException($"{name}.{value.Name} has no description.");
        }
    }
}
