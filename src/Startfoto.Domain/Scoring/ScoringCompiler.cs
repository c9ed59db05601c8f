using System.Collections.Frozen;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Scoring;

/// <summary>
/// Scoring rules → <see cref="Scorer"/>, checking them against the questionnaire first: every theme and question they name
/// exists, thresholds and bands are ordered, every expression binds, tiers keep their order and every tier rule can fire.
/// Reports every problem, each at its place in the definition ("scoring.tier.rules[2].when, positie 5").
/// </summary>
public static class ScoringCompiler
{
    public static readonly IReadOnlyList<string> GemeenteTiers = ["intensief", "regulier", "licht", "geen"];

    public static Result<Scorer> Compile(Questionnaire questionnaire, ScoringRules rules, string file)
    {
        var problems = new List<Problem>();
        var definition = questionnaire.Definition;
        var themeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Themes.Length; i++) themeIndex[definition.Themes[i].Key] = i;
        Location At(string key) => new(File: file, Key: key);

        if (rules.MinCoverage is < 0 or > 1 || double.IsNaN(rules.MinCoverage))
            problems.Add(ScoringProblems.OutOfRange("minCoverage", rules.MinCoverage, "0 en 1", At("scoring.minCoverage")));
        CheckNeeds(rules, At, problems);
        var items = CompileItems(questionnaire, rules, themeIndex, At, problems);
        var floors = CompileFloors(questionnaire, rules, themeIndex, At, problems);
        var (assessmentSlots, assessmentScores) = CompileAssessment(questionnaire, rules, At, problems);
        var regioTheme = -1;
        if (rules.RegioTheme is { } regio && !themeIndex.TryGetValue(regio, out regioTheme))
            problems.Add(ScoringProblems.UnknownTheme(regio, At("scoring.regioTheme")));

        var tierScope = new TierScope([.. definition.Themes.Select(t => (t.Key, t.Title))]);
        foreach (var theme in definition.Themes)
            if (TierScope.Counts.Contains(theme.Key)) problems.Add(ScoringProblems.NameTaken(theme.Key, At("themes")));
        var counted = new List<int>();
        for (var i = 0; i < rules.Tier.Themes.Length; i++)
        {
            if (themeIndex.TryGetValue(rules.Tier.Themes[i], out var t)) counted.Add(t);
            else problems.Add(ScoringProblems.UnknownTheme(rules.Tier.Themes[i], At($"scoring.tier.themes[{i}]")));
        }
        var tierRules = CompileTierRules(definition, rules.Tier, tierScope, At, problems);

        if (problems.Count > 0) return Result<Scorer>.Failure(problems);
        var scorer = new Scorer(questionnaire, rules, tierScope, items, floors, tierRules, [.. counted], assessmentSlots, assessmentScores, regioTheme);
        problems.AddRange(TierReachability.Check(scorer, [.. counted], tierRules, At));
        if (problems.Count > 0) return Result<Scorer>.Failure(problems);
        scorer.Table = TierTable.Of(scorer, [.. counted], tierRules);
        return Result<Scorer>.Success(scorer);
    }

    static void CheckNeeds(ScoringRules rules, Func<string, Location> at, List<Problem> problems)
    {
        if (rules.Needs.Length != Needs.All.Count || rules.Needs.Select(n => n.Need).Where((n, i) => n != Needs.All[i]).Any())
        {
            problems.Add(ScoringProblems.NeedsIncomplete(at("scoring.needs")));
            return;
        }
        for (var i = 0; i < rules.Needs.Length; i++)
        {
            var from = rules.Needs[i].From;
            if (from is < 0 or > 100 || double.IsNaN(from))
                problems.Add(ScoringProblems.OutOfRange("from", from, "0 en 100", at($"scoring.needs[{i}]")));
            else if (i > 0 && from >= rules.Needs[i - 1].From)
                problems.Add(ScoringProblems.ThresholdsUnordered(rules.Needs[i].Need, from, rules.Needs[i - 1].From, at($"scoring.needs[{i}]")));
        }
        if (rules.Needs[^1].From != 0) problems.Add(ScoringProblems.LastThresholdNotZero(rules.Needs[^1].From, at($"scoring.needs[{rules.Needs.Length - 1}]")));
    }

    static ScoredItem[] CompileItems(Questionnaire questionnaire, ScoringRules rules, Dictionary<string, int> themeIndex,
        Func<string, Location> at, List<Problem> problems)
    {
        var byKey = new Dictionary<string, (ItemRule Rule, int Index)>(StringComparer.Ordinal);
        var questions = questionnaire.Definition.Questions.ToDictionary(q => q.Key, StringComparer.Ordinal);
        for (var i = 0; i < rules.Items.Length; i++)
        {
            var rule = rules.Items[i];
            var where = at($"scoring.items[{i}]");
            if (!byKey.TryAdd(rule.Key, (rule, i))) problems.Add(ScoringProblems.DuplicateItem(rule.Key, where));
            else if (!questions.TryGetValue(rule.Key, out var question)) problems.Add(ScoringProblems.UnknownQuestion(rule.Key, where));
            else CheckItemRule(question, rule, where, problems);
        }

        var items = new List<ScoredItem>();
        foreach (var question in questionnaire.Definition.Questions)
        {
            if (question.Theme is not { } theme || !themeIndex.TryGetValue(theme, out var t)) continue;
            var method = byKey.TryGetValue(question.Key, out var ruled) ? ruled.Rule.Method : ItemMethod.Options;
            var scores = method switch
            {
                ItemMethod.Share => question.Options.ToFrozenDictionary(o => o.Value, o => 0.0, StringComparer.Ordinal),
                ItemMethod.OptionSum => question.Options.ToFrozenDictionary(o => o.Value, o => o.Score ?? 0, StringComparer.Ordinal),
                _ => question.Options.Where(o => o.Score is not null).ToFrozenDictionary(o => o.Value, o => o.Score!.Value, StringComparer.Ordinal),
            };
            var scored = method != ItemMethod.Options || (scores.Count > 0 && question.Type != QuestionType.MultipleChoice);
            if (!scored || question.Weight <= 0) continue; // context: shown, not scored
            var slots = questionnaire.Slots.Where(s => ReferenceEquals(s.Question, question) && !s.IsConversation).Select(s => s.Slot).ToArray();
            if (slots.Length == 0) continue;
            var bands = method == ItemMethod.Bands ? ruled.Rule.Bands.ToArray() : [];
            items.Add(new ScoredItem(question, t, slots, method, scores, question.Options.Length, bands));
        }
        return [.. items];
    }

    static void CheckItemRule(Question question, ItemRule rule, Location at, List<Problem> problems)
    {
        var type = JsonName(question.Type);
        var method = JsonName(rule.Method);
        var fits = rule.Method switch
        {
            ItemMethod.Share or ItemMethod.OptionSum => question.Type == QuestionType.MultipleChoice,
            ItemMethod.Bands => question.Type is QuestionType.Number or QuestionType.Percentage
                || (question.Type == QuestionType.Calculated),
            _ => question.HasChoices && question.Type != QuestionType.MultipleChoice,
        };
        if (!fits)
        {
            problems.Add(ScoringProblems.MethodDoesNotFit(question.Key, method, type, at));
            return;
        }
        if (rule.Method == ItemMethod.OptionSum && question.Options.All(o => o.Score is null))
            problems.Add(ScoringProblems.NoOptionScores(question.Key, at));
        if (rule.Method != ItemMethod.Bands) return;
        var bands = rule.Bands;
        var ordered = bands.Length > 0 && bands[^1].Bound is null
            && bands.Take(bands.Length - 1).All(b => b.Bound is not null)
            && bands.Take(bands.Length - 1).Zip(bands.Skip(1).Take(bands.Length - 2)).All(p => p.First.Bound < p.Second.Bound);
        if (!ordered) problems.Add(ScoringProblems.BandsUnordered(at));
        for (var i = 0; i < bands.Length; i++)
            if (bands[i].Score is < 0 or > 100 || double.IsNaN(bands[i].Score))
                problems.Add(ScoringProblems.OutOfRange("score", bands[i].Score, "0 en 100", at with { Key = $"{at.Key}.bands[{i}]" }));
    }

    static CompiledFloor[] CompileFloors(Questionnaire questionnaire, ScoringRules rules, Dictionary<string, int> themeIndex,
        Func<string, Location> at, List<Problem> problems)
    {
        var floors = new List<CompiledFloor>();
        for (var i = 0; i < rules.Floors.Length; i++)
        {
            var floor = rules.Floors[i];
            var known = themeIndex.TryGetValue(floor.Theme, out var t);
            if (!known) problems.Add(ScoringProblems.UnknownTheme(floor.Theme, at($"scoring.floors[{i}].theme")));
            var when = ExpressionEngine.Compile(floor.When, questionnaire.Scope, at: at($"scoring.floors[{i}].when"));
            if (!when.Ok) problems.AddRange(when.Problems);
            else if (known) floors.Add(new CompiledFloor(questionnaire, t, when.Value!, floor.Need, floor));
        }
        return [.. floors];
    }

    static (int[] Slots, double?[][] Scores) CompileAssessment(Questionnaire questionnaire, ScoringRules rules, Func<string, Location> at, List<Problem> problems)
    {
        var themes = questionnaire.Definition.Themes;
        var slots = Enumerable.Repeat(-1, themes.Length).ToArray();
        var scores = new double?[themes.Length][];
        for (var t = 0; t < themes.Length; t++) scores[t] = [];
        if (rules.AssessmentField is not { } field) return (slots, scores);
        var question = questionnaire.Definition.Conversation.PerTheme.FirstOrDefault(q => q.Key == field);
        if (question is null || question.Options.All(o => o.Score is null))
        {
            problems.Add(ScoringProblems.NotAnAssessment(field, at("scoring.assessmentField")));
            return (slots, scores);
        }
        for (var t = 0; t < themes.Length; t++)
            if (questionnaire.TryFind(ConversationFields.PerThemeKey(themes[t].Key, field), out var slot))
            {
                slots[t] = slot.Slot;
                scores[t] = [.. slot.Question.Options.Select(o => o.Score)];
            }
        return (slots, scores);
    }

    static CompiledExpression[] CompileTierRules(QuestionnaireDefinition definition, TierRules tier, TierScope scope,
        Func<string, Location> at, List<Problem> problems)
    {
        if (definition.Level == QuestionnaireLevel.Gemeente && !tier.Tiers.SequenceEqual(GemeenteTiers))
            problems.Add(ScoringProblems.GemeenteTiers(at("scoring.tier.tiers")));
        if (!tier.Tiers.Contains(tier.Otherwise))
            problems.Add(ScoringProblems.UnknownTier(tier.Otherwise, tier.Tiers, at("scoring.tier.otherwise")));
        var compiled = new List<CompiledExpression>();
        var previous = -1;
        for (var i = 0; i < tier.Rules.Length; i++)
        {
            var rule = tier.Rules[i];
            var rank = tier.Tiers.IndexOf(rule.Tier);
            if (rank < 0) problems.Add(ScoringProblems.UnknownTier(rule.Tier, tier.Tiers, at($"scoring.tier.rules[{i}].tier")));
            else if (rank < previous) problems.Add(ScoringProblems.TiersUnordered(rule.Tier, tier.Tiers[previous], at($"scoring.tier.rules[{i}].tier")));
            else previous = rank;
            var when = ExpressionEngine.Compile(rule.When, scope.Scope, at: at($"scoring.tier.rules[{i}].when"));
            if (when.Ok) compiled.Add(when.Value!);
            else problems.AddRange(when.Problems);
        }
        return [.. compiled];
    }

    internal static string JsonName<TEnum>(TEnum value) where TEnum : struct, Enum => Questionnaires.Json.JsonObject.CamelCase(value);
}
