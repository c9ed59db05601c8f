using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>Typed cells of one sheet row; a cell that does not parse becomes a located problem and a null.</summary>
sealed class CellReader(XlsFormSheet sheet, XlsFormRow row, List<Problem> problems)
{
    public XlsFormRow Row => row;

    public Location At(string column) => sheet.At(row, column);

    public string? Text(string column) => sheet.Cell(row, column) is { Length: > 0 } text ? text : null;

    /// <summary>A translated column (label, hint, constraint_message) in the chosen language.</summary>
    public string? Text(int index) => index >= 0 && row.Cell(index) is { Length: > 0 } text ? text : null;

    public bool Boolean(string column)
    {
        var text = Text(column);
        switch (text?.ToLowerInvariant())
        {
            case null or "no" or "false" or "false()" or "0" or "nee": return false;
            case "yes" or "true" or "true()" or "1" or "ja": return true;
            default:
                problems.Add(XlsFormProblems.NotABoolean(column, text, At(column)));
                return false;
        }
    }

    public double? Number(string column)
    {
        if (Text(column) is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        problems.Add(XlsFormProblems.NotANumber(column, text, At(column)));
        return null;
    }

    public int? Integer(string column)
    {
        var value = Number(column);
        if (value is null) return null;
        if (value == Math.Floor(value.Value) && value is >= 0 and <= 15) return (int)value.Value;
        problems.Add(XlsFormProblems.NotANumber(column, Text(column)!, At(column)));
        return null;
    }

    public void Report(Problem problem) => problems.Add(problem);
}
