using System.Globalization;
using Hub.Api.Tests.Access.Oracle;
using Hub.Data.Entities;

namespace Hub.Api.Tests.Access;

/// <summary>Random <c>where:</c> filters for <c>cases</c>, each as the oracle's <see cref="OracleFilter"/>
/// and as the GraphQL literal the Hub is sent: every filter field and operator, values sampled from the
/// world so that filters match something, and the null forms (<c>eq: null</c>, fields given null).</summary>
/// <param name="random">The run's source of choices.</param>
/// <param name="world">The world values are sampled from.</param>
/// <param name="enumName">The GraphQL name of an enum value.</param>
/// <param name="pending">Also generate what the contract names but the Hub may not have yet: filters on
/// identity fields, <c>owner { id code }</c>, servicesReceived, recruitmentMethod, recruiterRelation,
/// traffickingDuration, and the null forms. Without it, owner ids are filtered through today's
/// <c>ownerId</c>.</param>
public sealed class RandomCaseFilters(Random random, OracleWorld world, Func<Enum, string> enumName, bool pending)
{
    private enum Kind { Text, Date, DateTime, Id, Enum, Set }

    private static readonly (string Field, Kind Kind, bool Pending)[] Fields =
    [
        (UngatedFields.Reference, Kind.Text, false), (UngatedFields.RegisteredOn, Kind.DateTime, false),
        (UngatedFields.OwnerId, Kind.Id, false), (UngatedFields.OwnerCode, Kind.Text, true),
        ("givenName", Kind.Text, true), ("familyName", Kind.Text, true), ("dateOfBirth", Kind.Date, true), ("phone", Kind.Text, true),
        ("currentLocation", Kind.Text, true), ("documentNumber", Kind.Text, true),
        ("sex", Kind.Enum, false), ("ageBracket", Kind.Enum, false), ("citizenship", Kind.Text, false), ("countryOfIdentification", Kind.Text, false),
        ("exploitationTypes", Kind.Set, false), ("labourSector", Kind.Enum, false), ("meansOfControl", Kind.Set, false),
        ("recruitmentMethod", Kind.Enum, true), ("recruiterRelation", Kind.Enum, true), ("traffickingDuration", Kind.Enum, true),
        ("countryOfExploitation", Kind.Text, false), ("servicesNeeded", Kind.Set, false), ("servicesReceived", Kind.Set, true), ("status", Kind.Enum, false),
    ];

    private (string Field, Kind Kind)[] Usable => [.. Fields.Where(f => pending || !f.Pending).Select(f => (f.Field, f.Kind))];

    /// <summary>A random filter, nested up to two levels of <c>and</c>/<c>or</c>/<c>not</c>.</summary>
    public (OracleFilter Oracle, string Hub) Next(int depth = 0)
    {
        var roll = random.Next(depth > 1 ? 10 : 14);
        if (roll >= 10)
        {
            var operands = Enumerable.Range(0, roll == 10 ? 1 : random.Next(1, 4)).Select(_ => Next(depth + 1)).ToList();
            var hub = string.Join(", ", operands.Select(o => o.Hub));
            return roll switch
            {
                10 => (OracleFilter.Not(operands[0].Oracle), $"{{ not: {operands[0].Hub} }}"),
                11 or 12 => (OracleFilter.And([.. operands.Select(o => o.Oracle)]), $"{{ and: [{hub}] }}"),
                _ => (OracleFilter.Or([.. operands.Select(o => o.Oracle)]), $"{{ or: [{hub}] }}"),
            };
        }

        var leaf = Leaf();
        if (pending && random.Next(8) == 0)
        {
            // A filter field or combinator given null is ignored as if absent.
            var ignored = random.Next(4) switch
            {
                0 => "not",
                1 => "and",
                2 => "or",
                _ => Usable[random.Next(Usable.Length)].Field.Replace("owner.id", "owner", StringComparison.Ordinal).Replace("owner.code", "owner", StringComparison.Ordinal),
            };
            if (leaf.Hub.StartsWith($"{{ {ignored}:", StringComparison.Ordinal))
            {
                ignored = "not";
            }

            return random.Next(3) == 0
                ? (OracleFilter.True, $"{{ {ignored}: null }}")
                : (leaf.Oracle, $"{{ {ignored}: null, {leaf.Hub[2..]}");
        }

        return leaf;
    }

    /// <summary>A filter the Hub must refuse with <c>INVALID_FILTER</c>: an operator that needs a value,
    /// given <c>null</c>.</summary>
    public string Invalid()
    {
        var candidates = Usable
            .SelectMany(f => Operators(f.Kind).Where(o => o is not (FilterOperator.Eq or FilterOperator.Neq)).Select(o => (f.Field, f.Kind, Operator: o)))
            .ToList();
        var (field, kind, op) = candidates[random.Next(candidates.Count)];
        var condition = $"{{ {OperatorName(op)}: null }}";
        return Wrap(field, kind == Kind.Set ? $"{{ {Quantifier(random.Next(3))}: {condition} }}" : condition);
    }

    private (OracleFilter Oracle, string Hub) Leaf()
    {
        var (field, kind) = Usable[random.Next(Usable.Length)];
        if (kind == Kind.Set)
        {
            var q = random.Next(3);
            var elementOp = Operators(Kind.Enum)[random.Next(4)];
            var (value, literal) = Operand(field, Kind.Enum, elementOp, elementOfSet: true);
            var quantifier = (SetQuantifier)q;
            return (OracleFilter.Set(field, quantifier, elementOp, value), Wrap(field, $"{{ {Quantifier(q)}: {{ {OperatorName(elementOp)}: {literal} }} }}"));
        }

        var ops = Operators(kind);
        var op = ops[random.Next(ops.Count)];
        var (v, l) = Operand(field, kind, op, elementOfSet: false);
        return (new FieldFilter(field, op, v), Wrap(field, $"{{ {OperatorName(op)}: {l} }}"));
    }

    private string Wrap(string field, string condition) => field switch
    {
        UngatedFields.OwnerId => pending ? $"{{ owner: {{ id: {condition} }} }}" : $"{{ ownerId: {condition} }}",
        UngatedFields.OwnerCode => $"{{ owner: {{ code: {condition} }} }}",
        _ => $"{{ {field}: {condition} }}",
    };

    private static IReadOnlyList<FilterOperator> Operators(Kind kind) => kind switch
    {
        Kind.Text => [FilterOperator.Eq, FilterOperator.Neq, FilterOperator.In, FilterOperator.Nin, FilterOperator.Contains, FilterOperator.StartsWith],
        Kind.Date or Kind.DateTime => [FilterOperator.Eq, FilterOperator.Neq, FilterOperator.In, FilterOperator.Nin, FilterOperator.Gt, FilterOperator.Gte, FilterOperator.Lt, FilterOperator.Lte],
        _ => [FilterOperator.Eq, FilterOperator.Neq, FilterOperator.In, FilterOperator.Nin],
    };

    private static string Quantifier(int q) => q switch { 0 => "some", 1 => "all", _ => "none" };

    private static string OperatorName(FilterOperator op) => op switch
    {
        FilterOperator.StartsWith => "startsWith",
        _ => op.ToString().ToLowerInvariant(),
    };

    /// <summary>The operand of one operator: one value (possibly null for eq/neq), several for in/nin,
    /// a piece of a sampled string in random case for contains/startsWith.</summary>
    private (object? Value, string Literal) Operand(string field, Kind kind, FilterOperator op, bool elementOfSet)
    {
        if (op is FilterOperator.In or FilterOperator.Nin)
        {
            var values = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sample(field, kind, elementOfSet, allowNull: false)).Distinct().ToArray();
            return (values, "[" + string.Join(", ", values.Select(v => Literal(v, kind))) + "]");
        }

        if (op is FilterOperator.Contains or FilterOperator.StartsWith)
        {
            var text = (string)Sample(field, kind, elementOfSet, allowNull: false)!;
            var start = op == FilterOperator.StartsWith ? 0 : random.Next(text.Length);
            var piece = text.Substring(start, random.Next(1, text.Length - start + 1));
            piece = random.Next(3) switch { 0 => piece.ToUpperInvariant(), 1 => piece.ToLowerInvariant(), _ => piece };
            return (piece, Literal(piece, kind));
        }

        var value = Sample(field, kind, elementOfSet, allowNull: pending && op is FilterOperator.Eq or FilterOperator.Neq);
        return (value, Literal(value, kind));
    }

    /// <summary>A value of the field: mostly one a case of the world has, sometimes any value of its type,
    /// and (when allowed) sometimes null.</summary>
    private object? Sample(string field, Kind kind, bool elementOfSet, bool allowNull)
    {
        if (allowNull && random.Next(6) == 0)
        {
            return null;
        }

        for (var attempt = 0; attempt < 20; attempt++)
        {
            var index = random.Next(world.Cases.Count);
            var c = world.Cases[index];
            var keys = WorldKeys.Of(world, index);
            object? value = field switch
            {
                UngatedFields.Reference => keys.Reference,
                UngatedFields.RegisteredOn => keys.RegisteredOn.AddSeconds(random.Next(3) - 1),
                UngatedFields.OwnerId => random.Next(8) == 0 ? world.Agencies[random.Next(world.Agencies.Count)].Id : keys.OwnerId,
                UngatedFields.OwnerCode => keys.OwnerCode,
                _ => CaseFields.Value(c, field),
            };
            if (elementOfSet)
            {
                var elements = ((System.Collections.IEnumerable)value!).Cast<object>().ToList();
                value = elements.Count > 0 && random.Next(4) > 0 ? elements[random.Next(elements.Count)] : AnyElement(field);
            }
            else if (kind == Kind.Date && value is DateOnly date && random.Next(2) == 0)
            {
                value = date.AddDays(random.Next(-1, 2));
            }

            if (value is not null)
            {
                return value;
            }
        }

        return kind switch
        {
            Kind.Enum => CaseFields.Value(world.Cases[0], field) is Enum e ? e : throw new InvalidOperationException($"No value for {field}."),
            Kind.Date => new DateOnly(1990, 1, 1),
            _ => "none",
        };
    }

    private Enum AnyElement(string field)
    {
        Array values = field switch
        {
            "exploitationTypes" => Enum.GetValues<ExploitationType>(),
            "meansOfControl" => Enum.GetValues<MeansOfControl>(),
            _ => Enum.GetValues<Service>(),
        };
        return (Enum)values.GetValue(random.Next(values.Length))!;
    }

    private string Literal(object? value, Kind kind) => value switch
    {
        null => "null",
        Enum e => enumName(e),
        DateOnly d => $"\"{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"",
        DateTime t => $"\"{t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\"",
        Guid g => $"\"{g}\"",
        string s => System.Text.Json.JsonSerializer.Serialize(s),
        _ => throw new ArgumentException($"No literal for {value} ({kind}).", nameof(value)),
    };
}
