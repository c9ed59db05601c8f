using System.Collections.Immutable;
using System.Globalization;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Domain.Scoring;

public sealed partial class Scorer
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The sheet of <paramref name="evaluation"/> as a result with its reasons, in Dutch.</summary>
    public ScoreResult Explain(QuestionnaireEvaluation evaluation, ScoreSheet sheet, RegioNeed? regio = null)
    {
        var themes = ImmutableArray.CreateBuilder<ThemeResult>(Themes.Length);
        var explanation = new List<string>();
        for (var t = 0; t < Themes.Length; t++)
        {
            var result = ExplainTheme(evaluation, sheet, t, regio);
            themes.Add(result);
            explanation.Add(result.Reason);
        }
        FillTierValues(sheet); // scoring with a tier table leaves them unfilled
        var checks = ExplainTier(sheet);
        explanation.AddRange(checks.Where((c, i) => i <= sheet.TierRule || sheet.TierRule < 0).Select(c => c.Sentence));
        if (sheet.TierRule < 0)
            explanation.Add($"Geen regel geldt, dus {Rules.Tier.Label}: '{Rules.Tier.Otherwise}'.");
        var flag = sheet.TierRule >= 0 ? Rules.Tier.Rules[sheet.TierRule].Flag : null;
        if (flag is not null) explanation.Add($"Let op: {flag}.");
        var definition = Questionnaire.Definition;
        return new ScoreResult(definition.Key, definition.Version, Rules.Version, themes.MoveToImmutable(), sheet.Tier, Rules.Tier.Label,
            sheet.TierRule < 0 ? null : sheet.TierRule + 1, flag, checks, [.. explanation]);
    }

    ThemeResult ExplainTheme(QuestionnaireEvaluation evaluation, ScoreSheet sheet, int t, RegioNeed? regio)
    {
        var theme = Themes[t];
        var contributions = ImmutableArray.CreateBuilder<ItemContribution>();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Theme != t) continue;
            var item = items[i];
            var outcome = sheet.ItemOutcomes[i];
            double? score = outcome == ItemOutcome.Scored ? Math.Round(sheet.ItemScores[i], 1) : null;
            double? points = score is not null && sheet.Weight[t] > 0 ? Math.Round(sheet.ItemScores[i] * item.Weight / sheet.Weight[t], 1) : null;
            contributions.Add(new ItemContribution(item.Question.Key, item.Question.Label, AnswerText(evaluation, item, outcome), outcome, score, item.Weight, points));
        }
        var need = sheet.NeedOf(t);
        var thresholdNeed = sheet.ThresholdNeeds[t] < 0 ? (Need?)null : (Need)sheet.ThresholdNeeds[t];
        var reason = ThemeSentence(sheet, t, theme, thresholdNeed, need, contributions, regio);
        return new ThemeResult(theme.Key, theme.Title, sheet.ScoreOf(t), Math.Round(sheet.Coverage[t], 3), need, thresholdNeed, reason,
            sheet.Assessed[t], contributions.ToImmutable());
    }

    string ThemeSentence(ScoreSheet sheet, int t, Theme theme, Need? thresholdNeed, Need? need, IReadOnlyList<ItemContribution> items, RegioNeed? regio)
    {
        var coverage = Percent(sheet.Coverage[t]);
        string sentence;
        if (thresholdNeed is not { } fromThresholds)
            sentence = $"{theme.Title}: onvoldoende gegevens (dekking {coverage}, minimaal {Percent(Rules.MinCoverage)} nodig).";
        else
        {
            var score = Number(sheet.Scores[t]);
            var source = sheet.Assessed[t] ? $"oordeel van de regioadviseur, score {score}" : $"score {score} (dekking {coverage})";
            sentence = $"{theme.Title}: {source} → {fromThresholds.Text()} ({ThresholdText(fromThresholds)}).";
            var lowest = items.Where(i => i.Score is { } s && s < 50).OrderBy(i => i.Score).ThenBy(i => i.Key, StringComparer.Ordinal).Take(3).ToList();
            if (!sheet.Assessed[t] && fromThresholds > Need.Geen && lowest.Count > 0)
                sentence += $" Laagste: {string.Join(", ", lowest.Select(i => $"{i.Key} '{i.Answer}' ({Number(i.Score!.Value)})"))}.";
        }
        if (sheet.FloorIndex[t] >= 0)
        {
            var floor = floors[sheet.FloorIndex[t]].Rule;
            sentence += $" Vloer: {floor.Reason.TrimEnd('.')} → ten minste {floor.Need.Text()}.";
        }
        else if (sheet.FloorIndex[t] == -2 && regio is not null)
            sentence += $" De regio: {regio.Source} → ten minste {regio.Need.Text()}.";
        if (need is { } final && need != thresholdNeed) sentence += $" Behoefte: {final.Text()}.";
        return sentence;
    }

    string ThresholdText(Need need)
    {
        var i = Rules.Needs.Select(n => n.Need).ToList().IndexOf(need);
        var from = Number(Rules.Needs[i].From);
        return i == 0 ? $"vanaf {from}" : $"vanaf {from} en onder {Number(Rules.Needs[i - 1].From)}";
    }

    ImmutableArray<TierRuleCheck> ExplainTier(ScoreSheet sheet)
    {
        var checks = ImmutableArray.CreateBuilder<TierRuleCheck>(tierRules.Length);
        for (var r = 0; r < tierRules.Length; r++)
        {
            var rule = Rules.Tier.Rules[r];
            var held = tierRules[r].IsTrue(sheet.TierValues, default);
            var what = rule.Description ?? rule.When;
            var values = string.Join(", ", tierRules[r].References.Select(reference =>
                $"{TierScope.Descriptions[reference.Slot]} is {Shown(sheet.TierValues[reference.Slot])}"));
            var sentence = r == sheet.TierRule
                ? $"Regel {r + 1} '{rule.Tier}' toegepast: {what} ({values})."
                : held
                    ? $"Regel {r + 1} '{rule.Tier}' geldt ook, maar een eerdere regel ging voor."
                    : $"Regel {r + 1} '{rule.Tier}' niet: {what} klopt niet ({values}).";
            checks.Add(new TierRuleCheck(r + 1, rule.Tier, rule.When, held, sentence));
        }
        return checks.MoveToImmutable();
    }

    static string Shown(Expressions.Value value) => value.Kind == Expressions.ValueKind.Number
        ? Number(value.ToNumber())
        : value.IsEmpty ? "leeg" : $"'{value.ToXPathString()}'";

    string AnswerText(QuestionnaireEvaluation evaluation, ScoredItem item, ItemOutcome outcome)
    {
        switch (outcome)
        {
            case ItemOutcome.Hidden: return "niet gevraagd";
            case ItemOutcome.Unanswered: return "niet beantwoord";
            case ItemOutcome.NotApplicable: return "n.v.t.";
            case ItemOutcome.DontKnow: return "weet niet";
        }
        if (item.Slots.Length > 1)
            return string.Join("; ", item.Slots.Select(s => $"{Questionnaire.Slots[s].Row?.Label}: {OptionLabels(item.Question, evaluation[s].Value.ToXPathString())}"));
        var value = evaluation[item.Slots[0]].Value;
        return item.Question.HasChoices ? OptionLabels(item.Question, value.ToXPathString()) : Number(value.ToNumber());
    }

    static string OptionLabels(Question question, string text)
    {
        var chosen = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var labels = chosen.Select(v => question.Options.FirstOrDefault(o => o.Value == v)?.Label
            ?? (v == Question.NotApplicableValue ? "n.v.t." : v == Question.DontKnowValue ? "weet niet" : v));
        return chosen.Length == 0 ? "geen" : string.Join(", ", labels);
    }

    internal static string Number(double value) => value.ToString("0.#", Dutch);

    static string Percent(double share) => (share * 100).ToString("0", Dutch) + "%";
}
