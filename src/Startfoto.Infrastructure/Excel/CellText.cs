using System.Globalization;

namespace Startfoto.Infrastructure.Excel;

/// <summary>A cell value as text: dates as jjjj-mm-dd, numbers in the culture asked for.</summary>
static class CellText
{
    public static string Of(object? cell, CultureInfo? culture = null) => cell switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, culture ?? CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    public static bool IsBlank(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));
}
