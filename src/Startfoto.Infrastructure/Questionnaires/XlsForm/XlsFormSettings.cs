using System.Globalization;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using C = Startfoto.Infrastructure.Questionnaires.XlsForm.XlsFormColumns;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// The settings sheet (one header row, one value row): form_title → title, form_id → key, version → version, and
/// the extensions kind, level and description. Without settings the key is the file name and the version 1.
/// </summary>
sealed record XlsFormSettings(string Key, int Version, string Title, InstrumentKind Kind, QuestionnaireLevel Level,
    string? Description, string? DefaultLanguage, int? Row)
{
    static readonly string[] Known = [C.FormTitle, C.FormId, C.Version, C.DefaultLanguage, C.Kind, C.Level, C.Description, "style"];

    public static XlsFormSettings Read(XlsFormSheet? sheet, string file, List<Problem> problems)
    {
        var fallbackKey = Path.GetFileNameWithoutExtension(file);
        var row = sheet?.DataRows.FirstOrDefault();
        if (sheet is null || row is null) return new(fallbackKey, 1, fallbackKey, InstrumentKind.Other, QuestionnaireLevel.Gemeente, null, null, null);

        for (var i = 0; i < sheet.Headers.Length; i++)
        {
            var header = XlsFormSheet.Normalise(sheet.Headers[i]);
            if (header.Length > 0 && !Known.Contains(header) && !string.IsNullOrWhiteSpace(row.Cell(i)))
                problems.Add(XlsFormProblems.UnsupportedSetting(sheet.Headers[i], sheet.At(row, i)));
        }
        var cells = new CellReader(sheet, row, problems);
        var key = cells.Text(C.FormId) ?? fallbackKey;
        return new(key, WholeNumber(cells, C.Version, problems) ?? 1, cells.Text(C.FormTitle) ?? key,
            Enum<InstrumentKind>(cells, C.Kind, problems) ?? InstrumentKind.Other,
            Enum<QuestionnaireLevel>(cells, C.Level, problems) ?? QuestionnaireLevel.Gemeente,
            cells.Text(C.Description), cells.Text(C.DefaultLanguage), row.Number);
    }

    // ODK versions are often dates as text ("2024010101"): any whole number that fits an int is taken as is.
    internal static int? WholeNumber(CellReader cells, string column, List<Problem> problems)
    {
        if (cells.Text(column) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return version;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d is >= 0 and <= int.MaxValue)
            return (int)d;
        problems.Add(XlsFormProblems.InvalidVersion(text, cells.At(column)));
        return null;
    }

    internal static TEnum? Enum<TEnum>(CellReader cells, string column, List<Problem> problems) where TEnum : struct, Enum
    {
        if (cells.Text(column) is not { } text) return null;
        foreach (var value in System.Enum.GetValues<TEnum>())
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase)) return value;
        problems.Add(XlsFormProblems.UnknownValue(column, text, System.Enum.GetValues<TEnum>().Select(CamelCase), cells.At(column)));
        return null;
    }

    public static string CamelCase<TEnum>(TEnum value) where TEnum : struct, Enum =>
        char.ToLower(value.ToString()[0], CultureInfo.InvariantCulture) + value.ToString()[1..];
}
