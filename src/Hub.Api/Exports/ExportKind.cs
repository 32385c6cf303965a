using GraphQL.Types;
using Hub.Api.CapacityBuilding;
using Hub.Api.Projects;
using Hub.Api.Statistics;

namespace Hub.Api.Exports;

/// <summary>One number of an exported cell: its column, its HXL hashtag, and the field of the
/// GraphQL cell it is read from.</summary>
internal sealed record ExportMeasure(string Header, string Hashtag, string Field);

/// <summary>A statistic or metric that can be exported as CSV: the GraphQL field it runs (through the same
/// validation, roles and audit as any request), the types of its arguments, the hashtag of each
/// dimension and the numbers of each cell.</summary>
internal sealed record ExportKind(string Name, string Field, bool MarksWithheld, IReadOnlyDictionary<string, string> Hashtags, IReadOnlyList<ExportMeasure> Measures)
{
    /// <summary>The operation the export runs: the Hub's own document, with the request's
    /// arguments as its variables, typed as the field's own arguments are.</summary>
    public string DocumentFor(ISchema schema)
    {
        schema.Initialize();
        var arguments = schema.Query.GetField(Field)!.Arguments!;
        var measures = string.Join(' ', Measures.Select(m => m.Field));
        var dimensions = MarksWithheld ? "value withheld" : "value";
        return $"query Export($groupBy: {arguments.Find("groupBy")!.ResolvedType}, $where: {arguments.Find("where")!.ResolvedType}) " +
            $"{{ {Field}(groupBy: $groupBy, where: $where) {{ groupBy countsOncePerValue cells {{ dimensions {{ {dimensions} }} {measures} }} total {{ {measures} }} " +
            "protection { method minimumCellSize resolution maximumAdjustment } } }";
    }

    public static readonly IReadOnlyList<ExportKind> All =
    [
        new("case-statistics", "caseStatistics", true, StatisticsHashtags,
            [new("value", "#affected+num", "value"), new("suppressed", "#meta+suppressed", "suppressed")]),
        new("referral-statistics", "referralStatistics", true, StatisticsHashtags,
            [new("value", "#indicator+num+referrals", "value"), new("suppressed", "#meta+suppressed", "suppressed")]),
        new("project-metrics", "projectMetrics", false,
            ProjectDimensions.All.ToDictionary(d => ProjectDimensionGraphType.NameOf(d.Name), d => d.Hashtag, StringComparer.Ordinal),
            [
                new("projects", "#activity+projects+num", "projects"),
                new("targetPeopleAssisted", "#targeted+assisted", "targetPeopleAssisted"), new("resultPeopleAssisted", "#reached+assisted", "resultPeopleAssisted"),
                new("targetPeopleTrained", "#targeted+trained", "targetPeopleTrained"), new("resultPeopleTrained", "#reached+trained", "resultPeopleTrained"),
                new("targetPeopleReached", "#targeted+awareness", "targetPeopleReached"), new("resultPeopleReached", "#reached+awareness", "resultPeopleReached"),
                new("budgetUsd", "#value+budget+usd", "budgetUsd"), new("budgetProjects", "#meta+budget+projects", "budgetProjects"),
            ]),
        new("capacity-building-metrics", "capacityBuildingMetrics", false,
            ActivityDimensions.All.ToDictionary(d => ActivityDimensionGraphType.NameOf(d.Name), d => d.Hashtag, StringComparer.Ordinal),
            [
                new("activities", "#activity+num", "activities"),
                new("participantsFemale", "#affected+f", "participantsFemale"), new("participantsMale", "#affected+m", "participantsMale"),
                new("participantsOther", "#affected+x", "participantsOther"), new("participants", "#affected+total", "participants"),
            ]),
    ];

    private static IReadOnlyDictionary<string, string> StatisticsHashtags =>
        Dimensions.All.ToDictionary(d => StatisticsDimensionGraphType.NameOf(d.Name), d => d.Hashtag, StringComparer.Ordinal);

    public static ExportKind? Find(string file) =>
        file.EndsWith(".csv", StringComparison.Ordinal) ? All.FirstOrDefault(k => k.Name == file[..^4]) : null;
}
