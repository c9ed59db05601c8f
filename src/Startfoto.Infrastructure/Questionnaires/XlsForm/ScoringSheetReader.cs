using Startfoto.Domain.Problems;
using Startfoto.Domain.Scoring;
using C = Startfoto.Infrastructure.Questionnaires.XlsForm.XlsFormColumns;
using T = Startfoto.Infrastructure.Questionnaires.XlsForm.ScoringRowTypes;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// The 'scoring' sheet → <see cref="ScoringRules"/>, one rule per row (questionnaires/README.md, "Scoringsregels"): settings,
/// need thresholds, item rules and their bands, floors, tiers, the themes the counts count, tier rules. Rows of one type
/// keep their order; types may be mixed; <see cref="ScoringItemRows"/> gathers item rules and their bands. Every cell that
/// does not fit is reported at its row and column; <see cref="Rows"/> remembers where each rule stands for the problems the
/// compiler finds later.
/// </summary>
sealed class ScoringSheetReader(XlsFormSheet sheet, List<Problem> problems)
{
    readonly List<NeedThreshold> needs = [];
    readonly ScoringItemRows items = new();
    readonly List<Floor> floors = [];
    readonly List<string> tiers = [], tierThemes = [];
    readonly List<TierRule> tierRules = [];
    int? version;
    double? minCoverage;
    string? assessmentField, regioTheme, tierLabel, tierOtherwise;

    public ScoringSheetRows Rows { get; } = new(sheet);

    /// <summary>The rules, or null when the sheet holds none; check the problems before using them.</summary>
    public ScoringRules? Read()
    {
        if (sheet.Headers.IsEmpty || !sheet.DataRows.Any()) return null;
        ColumnCheck.Run(sheet, C.Scoring, problems);
        if (!sheet.Has(C.Type))
        {
            problems.Add(XlsFormProblems.MissingColumn(C.Type, sheet.At(1)));
            return null;
        }
        foreach (var row in sheet.DataRows) ReadRow(new CellReader(sheet, row, problems));
        foreach (var setting in T.RequiredSettings.Where(s => !Rows.Settings.ContainsKey(s)))
            problems.Add(XlsFormProblems.MissingSetting(setting, sheet.Whole));
        Rows.Items.AddRange(items.Rows);
        return new ScoringRules(version ?? 0, minCoverage ?? 0, [.. needs], [.. items.Rules], [.. floors],
            new TierRules(tierLabel ?? "", [.. tierThemes], [.. tiers], [.. tierRules], tierOtherwise ?? ""), assessmentField, regioTheme);
    }

    void ReadRow(CellReader cells)
    {
        var text = cells.Text(C.Type);
        var type = text?.ToLowerInvariant();
        if (type is null)
        {
            problems.Add(XlsFormProblems.MissingCell(C.Type, cells.At(C.Type)));
            return;
        }
        if (!T.Types.TryGetValue(type, out var columns))
        {
            problems.Add(XlsFormProblems.UnknownScoringType(text!, T.Types.Keys, cells.At(C.Type)));
            return;
        }
        foreach (var column in C.Scoring.Skip(1).Except(columns.All).Where(c => cells.Text(c) is not null))
            problems.Add(XlsFormProblems.ColumnNotForType(column, type, columns.All, cells.At(column)));
        foreach (var column in columns.Required.Where(c => cells.Text(c) is null))
            problems.Add(XlsFormProblems.MissingCell(column, cells.At(column)));
        var row = cells.Row.Number;
        switch (type)
        {
            case T.Setting:
                ReadSetting(cells);
                break;
            case T.Need:
                if ((ReadNeed(cells), cells.Number(C.From)) is ({ } need, { } from)) Add(needs, new NeedThreshold(need, from), Rows.Needs, row);
                break;
            case T.Item:
                ReadItem(cells);
                break;
            case T.Band:
                ReadBand(cells);
                break;
            case T.Floor:
                if ((cells.Text(C.Theme), cells.Text(C.When), ReadNeed(cells), cells.Text(C.Reason)) is ({ } theme, { } when, { } floorNeed, { } reason))
                    Add(floors, new Floor(theme, when, floorNeed, reason), Rows.Floors, row);
                break;
            case T.Tier:
                if (cells.Text(C.Tier) is { } tier) Add(tiers, tier, Rows.Tiers, row);
                break;
            case T.TierTheme:
                if (cells.Text(C.Theme) is { } counted) Add(tierThemes, counted, Rows.TierThemes, row);
                break;
            case T.TierRule:
                if ((cells.Text(C.Tier), cells.Text(C.When)) is ({ } ruleTier, { } ruleWhen))
                    Add(tierRules, new TierRule(ruleTier, ruleWhen, cells.Text(C.Description), cells.Text(C.Flag)), Rows.TierRules, row);
                break;
        }
    }

    static void Add<TRule>(List<TRule> rules, TRule rule, List<int> rows, int row)
    {
        rules.Add(rule);
        rows.Add(row);
    }

    void ReadSetting(CellReader cells)
    {
        if (cells.Text(C.Key) is not { } text) return;
        var key = text.ToLowerInvariant();
        if (!T.Settings.Contains(key))
        {
            problems.Add(XlsFormProblems.UnknownValue(C.Key, text, T.Settings, cells.At(C.Key)));
            return;
        }
        if (Rows.Settings.TryGetValue(key, out var first))
        {
            problems.Add(XlsFormProblems.DuplicateSetting(key, first, cells.At(C.Key)));
            return;
        }
        Rows.Settings[key] = cells.Row.Number;
        var value = cells.Text(C.Value);
        switch (key)
        {
            case T.Version: version = XlsFormSettings.WholeNumber(cells, C.Value, problems); break;
            case T.MinCoverage: minCoverage = cells.Number(C.Value); break;
            case T.AssessmentField: assessmentField = value; break;
            case T.RegioTheme: regioTheme = value; break;
            case T.TierLabel: tierLabel = value; break;
            case T.TierOtherwise: tierOtherwise = value; break;
        }
    }

    void ReadItem(CellReader cells)
    {
        var method = XlsFormSettings.Enum<ItemMethod>(cells, C.Method, problems);
        if (cells.Text(C.Key) is { } key) items.Item(key, cells.Row.Number, method);
    }

    void ReadBand(CellReader cells)
    {
        var (score, below, upTo) = (cells.Number(C.Score), cells.Number(C.Below), cells.Number(C.UpTo));
        if (below is not null && upTo is not null) problems.Add(XlsFormProblems.BothBounds(cells.At(C.UpTo)));
        if (cells.Text(C.Key) is { } key && score is not null) items.Band(key, cells.Row.Number, new ScoreBand(score.Value, below, upTo));
    }

    Need? ReadNeed(CellReader cells)
    {
        if (cells.Text(C.Need) is not { } text) return null;
        if (Needs.TryParse(text.ToLowerInvariant(), out var need)) return need;
        problems.Add(ScoringProblems.UnknownNeed(text, cells.At(C.Need)));
        return null;
    }
}
