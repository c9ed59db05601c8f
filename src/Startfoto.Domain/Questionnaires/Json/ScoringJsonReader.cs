using System.Collections.Immutable;
using System.Text.Json;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Scoring;

namespace Startfoto.Domain.Questionnaires.Json;

/// <summary>Reads the "scoring" part of a definition (or a rules file on its own), every structural problem located by key.</summary>
public static class ScoringJsonReader
{
    internal static ScoringRules? Read(JsonObject root, string file, List<Problem> problems) =>
        root.TryGet("scoring", out var e) ? ReadRules(e, file, "scoring", problems) : null;

    /// <summary>Rules as JSON on their own (the what-if sandbox, the API): the object under "scoring".</summary>
    public static Result<ScoringRules> Read(string json, string file)
    {
        var problems = new List<Problem>();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var rules = ReadRules(document.RootElement, file, "scoring", problems);
            return problems.Count == 0 && rules is not null ? Result<ScoringRules>.Success(rules) : Result<ScoringRules>.Failure(problems);
        }
        catch (JsonException e)
        {
            var at = new Location(File: file, Row: (int?)(e.LineNumber + 1), Column: e.BytePositionInLine is { } c ? $"{c + 1}" : null);
            return Result<ScoringRules>.Failure(QuestionnaireProblems.InvalidJson(e.Message.Split(" Path:", 2)[0], at));
        }
    }

    static ScoringRules? ReadRules(JsonElement e, string file, string key, List<Problem> problems)
    {
        var o = QuestionnaireJsonReader.Object(e, new Location(File: file, Key: key), problems,
            "version", "minCoverage", "needs", "items", "floors", "tier", "assessmentField", "regioTheme");
        if (o is null) return null;
        var version = o.Integer("version", required: true) ?? 0;
        var minCoverage = o.Number("minCoverage", required: true) ?? 0;
        var needs = o.Array("needs", required: true).Select((n, i) => ReadThreshold(n, file, $"{key}.needs[{i}]", problems)).OfType<NeedThreshold>();
        var items = o.Array("items").Select((n, i) => ReadItem(n, file, $"{key}.items[{i}]", problems)).OfType<ItemRule>();
        var floors = o.Array("floors").Select((n, i) => ReadFloor(n, file, $"{key}.floors[{i}]", problems)).OfType<Floor>();
        TierRules? tier = null;
        if (o.TryGet("tier", out var t)) tier = ReadTier(t, file, $"{key}.tier", problems);
        else problems.Add(QuestionnaireProblems.MissingProperty("tier", o.At));
        return new ScoringRules(version, minCoverage, [.. needs], [.. items], [.. floors],
            tier ?? new TierRules("", [], [], [], ""), o.String("assessmentField"), o.String("regioTheme"));
    }

    static NeedThreshold? ReadThreshold(JsonElement e, string file, string key, List<Problem> problems)
    {
        var o = QuestionnaireJsonReader.Object(e, new Location(File: file, Key: key), problems, "need", "from");
        if (o is null) return null;
        var need = ReadNeed(o, "need", problems);
        var from = o.Number("from", required: true);
        return need is null || from is null ? null : new NeedThreshold(need.Value, from.Value);
    }

    static ItemRule? ReadItem(JsonElement e, string file, string key, List<Problem> problems)
    {
        var o = QuestionnaireJsonReader.Object(e, new Location(File: file, Key: key), problems, "key", "method", "bands");
        if (o is null) return null;
        var question = o.String("key", required: true);
        var hasBands = o.TryGet("bands", out _);
        var method = o.Enum<ItemMethod>("method") ?? (hasBands ? ItemMethod.Bands : ItemMethod.Options);
        var bands = o.Array("bands").Select((b, i) => ReadBand(b, file, $"{key}.bands[{i}]", problems)).OfType<ScoreBand>().ToImmutableArray();
        return question is null ? null : new ItemRule(question, method, bands);
    }

    static ScoreBand? ReadBand(JsonElement e, string file, string key, List<Problem> problems)
    {
        var o = QuestionnaireJsonReader.Object(e, new Location(File: file, Key: key), problems, "below", "upTo", "score");
        if (o is null) return null;
        var score = o.Number("score", required: true);
        var (below, upTo) = (o.Number("below"), o.Number("upTo"));
        if (below is not null && upTo is not null)
            problems.Add(ScoringProblems.BandWithBothBounds(o.At));
        return score is null ? null : new ScoreBand(score.Value, below, upTo);
    }

    static Floor? ReadFloor(JsonElement e, string file, string key, List<Problem> problems)
    {
        var o = QuestionnaireJsonReader.Object(e, new Location(File: file, Key: key), problems, "theme", "when", "need", "reason");
        if (o is null) return null;
        var (theme, when, reason) = (o.String("theme", required: true), o.String("when", required: true), o.String("reason", required: true));
        var need = ReadNeed(o, "need", problems);
        return theme is null || when is null || reason is null || need is null ? null : new Floor(theme, when, need.Value, reason);
    }

    static TierRules? ReadTier(JsonElement e, string file, string key, List<Problem> problems)
    {
        var o = QuestionnaireJsonReader.Object(e, new Location(File: file, Key: key), problems, "label", "themes", "tiers", "rules", "otherwise");
        if (o is null) return null;
        var themes = Strings(o, "themes", problems);
        var tiers = Strings(o, "tiers", problems, required: true);
        var rules = o.Array("rules", required: true).Select((r, i) =>
        {
            var rule = QuestionnaireJsonReader.Object(r, new Location(File: file, Key: $"{key}.rules[{i}]"), problems, "tier", "when", "description", "flag");
            if (rule is null) return null;
            var (tier, when) = (rule.String("tier", required: true), rule.String("when", required: true));
            return tier is null || when is null ? null : new TierRule(tier, when, rule.String("description"), rule.String("flag"));
        }).OfType<TierRule>();
        return new TierRules(o.String("label", required: true) ?? "", themes, tiers, [.. rules], o.String("otherwise", required: true) ?? "");
    }

    static ImmutableArray<string> Strings(JsonObject o, string name, List<Problem> problems, bool required = false) =>
        [.. o.Array(name, required).Select(v =>
        {
            if (v.ValueKind == JsonValueKind.String) return v.GetString();
            problems.Add(QuestionnaireProblems.WrongKind(name, "een lijst met teksten", o.At));
            return null;
        }).OfType<string>()];

    static Need? ReadNeed(JsonObject o, string name, List<Problem> problems)
    {
        var text = o.String(name, required: true);
        if (text is null) return null;
        if (Needs.TryParse(text, out var need)) return need;
        problems.Add(ScoringProblems.UnknownNeed(text, o.At));
        return null;
    }
}
