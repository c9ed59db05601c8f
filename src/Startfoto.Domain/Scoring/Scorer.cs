using System.Collections.Immutable;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Scoring;

/// <summary>
/// Scoring rules compiled against one questionnaire (<see cref="ScoringCompiler"/>): evaluated answers → a score, coverage
/// and need per theme and a tier, following INSTRUMENTS.md §5. Thread-safe; the sheet overload allocates nothing.
/// </summary>
public sealed partial class Scorer
{
    static readonly Value[] NeedText = [.. Needs.All.Select(n => Value.String(n.Text()))];
    static readonly Value Insufficient = Value.String(Needs.InsufficientData);

    readonly ScoredItem[] items;
    readonly CompiledFloor[] floors;
    readonly CompiledExpression[] tierRules;
    readonly int[] countedThemes;
    readonly int[] assessmentSlots; // per theme, -1 when there is none
    readonly double?[][] assessmentScores;
    readonly int regioTheme;
    readonly double minCoverage;
    readonly double[] thresholds; // Rules.Needs, as arrays: read for every theme of every response
    readonly Need[] thresholdNeeds;

    internal Scorer(Questionnaire questionnaire, ScoringRules rules, TierScope tierScope, ScoredItem[] items, CompiledFloor[] floors,
        CompiledExpression[] tierRules, int[] countedThemes, int[] assessmentSlots, double?[][] assessmentScores, int regioTheme)
    {
        Questionnaire = questionnaire;
        Rules = rules;
        TierScope = tierScope;
        this.items = items;
        this.floors = floors;
        this.tierRules = tierRules;
        this.countedThemes = countedThemes;
        this.assessmentSlots = assessmentSlots;
        this.assessmentScores = assessmentScores;
        this.regioTheme = regioTheme;
        minCoverage = rules.MinCoverage;
        thresholds = [.. rules.Needs.Select(n => n.From)];
        thresholdNeeds = [.. rules.Needs.Select(n => n.Need)];
    }

    public Questionnaire Questionnaire { get; }

    public ScoringRules Rules { get; }

    public TierScope TierScope { get; }

    /// <summary>The tier rule per combination of needs, when the rules read nothing else; set once by the compiler.</summary>
    internal TierTable? Table { get; set; }

    public ImmutableArray<Theme> Themes => Questionnaire.Definition.Themes;

    public ScoreSheet NewSheet() => new(items.Length, Themes.Length, TierScope.Size);

    public ScoreResult Score(QuestionnaireEvaluation evaluation, RegioNeed? regio = null)
    {
        var sheet = NewSheet();
        Score(evaluation, sheet, regio);
        return Explain(evaluation, sheet, regio);
    }

    /// <param name="evaluation">The response's answers, evaluated with this scorer's questionnaire.</param>
    public void Score(QuestionnaireEvaluation evaluation, ScoreSheet sheet, RegioNeed? regio = null)
    {
        if (!ReferenceEquals(evaluation.Questionnaire, Questionnaire))
            throw new ArgumentException("The evaluation is of another questionnaire than these rules.", nameof(evaluation));
        var themeCount = Themes.Length;
        var (sum, weight, applicable) = (sheet.Sum, sheet.Weight, sheet.Applicable);
        Array.Clear(sum);
        Array.Clear(weight);
        Array.Clear(applicable);
        var seen = evaluation.Seen;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var outcome = item.Score(seen, evaluation, out var score);
            sheet.ItemOutcomes[i] = outcome;
            sheet.ItemScores[i] = score;
            switch (outcome)
            {
                case ItemOutcome.Scored:
                    sum[item.Theme] += score * item.Weight;
                    weight[item.Theme] += item.Weight;
                    applicable[item.Theme] += item.Weight;
                    break;
                case ItemOutcome.DontKnow:
                    applicable[item.Theme] += item.Weight;
                    break;
                case ItemOutcome.Unanswered when evaluation[item.Slots[0]].Required:
                    applicable[item.Theme] += item.Weight;
                    break;
            }
        }
        for (var t = 0; t < themeCount; t++) ScoreTheme(evaluation, sheet, t);
        ApplyFloors(evaluation, sheet, regio);
        ChooseTier(sheet);
    }

    void ScoreTheme(QuestionnaireEvaluation evaluation, ScoreSheet sheet, int t)
    {
        sheet.Assessed[t] = false;
        sheet.FloorIndex[t] = -1;
        if (assessmentSlots[t] >= 0 && AssessedScore(evaluation, t) is { } assessed)
        {
            sheet.Assessed[t] = true;
            sheet.Coverage[t] = 1;
            sheet.Scores[t] = assessed;
        }
        else
        {
            sheet.Coverage[t] = sheet.Applicable[t] > 0 ? sheet.Weight[t] / sheet.Applicable[t] : 0;
            sheet.Scores[t] = sheet.Weight[t] > 0 && sheet.Coverage[t] >= minCoverage - 1e-9
                ? Math.Round(sheet.Sum[t] / sheet.Weight[t], 1, MidpointRounding.AwayFromZero)
                : double.NaN;
        }
        sheet.ThresholdNeeds[t] = double.IsNaN(sheet.Scores[t]) ? -1 : (int)NeedFor(sheet.Scores[t]);
        sheet.NeedValues[t] = sheet.ThresholdNeeds[t];
    }

    double? AssessedScore(QuestionnaireEvaluation evaluation, int t)
    {
        var state = evaluation[assessmentSlots[t]];
        if (state.Value.IsEmpty) return null;
        var options = Questionnaire.Slots[assessmentSlots[t]].Question.Options;
        var text = state.Value.ToXPathString();
        for (var i = 0; i < options.Length; i++)
            if (options[i].Value == text) return assessmentScores[t][i];
        return null;
    }

    /// <summary>The need the thresholds give a score.</summary>
    public Need NeedFor(double score)
    {
        for (var i = 0; i < thresholds.Length; i++)
            if (score >= thresholds[i]) return thresholdNeeds[i];
        return thresholdNeeds[^1];
    }

    void ApplyFloors(QuestionnaireEvaluation evaluation, ScoreSheet sheet, RegioNeed? regio)
    {
        var seen = evaluation.Seen;
        for (var f = 0; f < floors.Length; f++)
        {
            var floor = floors[f];
            if ((int)floor.Need <= sheet.NeedValues[floor.Theme] || !floor.Holds(seen, evaluation.Today)) continue;
            sheet.NeedValues[floor.Theme] = (int)floor.Need;
            sheet.FloorIndex[floor.Theme] = f;
        }
        if (regio is not null && regioTheme >= 0 && (int)regio.Need > sheet.NeedValues[regioTheme])
        {
            sheet.NeedValues[regioTheme] = (int)regio.Need;
            sheet.FloorIndex[regioTheme] = -2;
        }
    }

    void ChooseTier(ScoreSheet sheet)
    {
        if (Table is { } table) sheet.TierRule = table.RuleFor(sheet.NeedValues);
        else
        {
            FillTierValues(sheet);
            sheet.TierRule = FirstRuleThatHolds(sheet.TierValues);
        }
        sheet.Tier = sheet.TierRule < 0 ? Rules.Tier.Otherwise : Rules.Tier.Rules[sheet.TierRule].Tier;
    }

    /// <summary>What the tier rules read, from the sheet's needs, scores and coverage.</summary>
    void FillTierValues(ScoreSheet sheet)
    {
        var values = sheet.TierValues;
        for (var t = 0; t < Themes.Length; t++)
        {
            var need = sheet.NeedValues[t];
            values[TierScope.NeedSlot(t)] = need < 0 ? Insufficient : NeedText[need];
            values[TierScope.ScoreSlot(t)] = double.IsNaN(sheet.Scores[t]) ? Value.Empty : Value.Number(sheet.Scores[t]);
            values[TierScope.CoverageSlot(t)] = Value.Number(Math.Round(sheet.Coverage[t], 3));
        }
        SetCounts(values, countedThemes, TierScope);
    }

    internal static void SetCounts(Value[] values, int[] counted, TierScope scope)
    {
        var (high, matig, licht, insufficient) = (0, 0, 0, 0);
        foreach (var t in counted)
        {
            var need = values[TierScope.NeedSlot(t)];
            if (need == Insufficient) insufficient++;
            else if (need == NeedText[(int)Need.Hoog]) (high, matig, licht) = (high + 1, matig + 1, licht + 1);
            else if (need == NeedText[(int)Need.Matig]) (matig, licht) = (matig + 1, licht + 1);
            else if (need == NeedText[(int)Need.Licht]) licht++;
        }
        values[scope.CountSlot(0)] = Value.Number(high);
        values[scope.CountSlot(1)] = Value.Number(matig);
        values[scope.CountSlot(2)] = Value.Number(licht);
        values[scope.CountSlot(3)] = Value.Number(insufficient);
    }

    internal int FirstRuleThatHolds(ReadOnlySpan<Value> values)
    {
        for (var r = 0; r < tierRules.Length; r++)
            if (tierRules[r].IsTrue(values, default)) return r;
        return -1;
    }

    internal static Value NeedValue(int need) => need < 0 ? Insufficient : NeedText[need];
}
