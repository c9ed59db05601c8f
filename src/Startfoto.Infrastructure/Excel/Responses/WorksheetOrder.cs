using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// Puts an element where the schema wants it in a worksheet: Excel refuses a file whose children are out of order
/// (ECMA-376 part 1, 18.3.1.99 CT_Worksheet), and OpenXml's Append does not sort.
/// </summary>
static class WorksheetOrder
{
    static readonly Type[] Order =
    [
        typeof(SheetProperties), typeof(SheetDimension), typeof(SheetViews), typeof(SheetFormatProperties), typeof(Columns),
        typeof(SheetData), typeof(SheetCalculationProperties), typeof(SheetProtection), typeof(ProtectedRanges), typeof(Scenarios),
        typeof(AutoFilter), typeof(SortState), typeof(DataConsolidate), typeof(CustomSheetViews), typeof(MergeCells),
        typeof(PhoneticProperties), typeof(ConditionalFormatting), typeof(DataValidations), typeof(Hyperlinks), typeof(PrintOptions),
        typeof(PageMargins), typeof(PageSetup), typeof(HeaderFooter), typeof(RowBreaks), typeof(ColumnBreaks),
        typeof(CustomProperties), typeof(CellWatches), typeof(IgnoredErrors), typeof(Drawing),
    ];

    /// <summary>Replaces an element of the same type, or inserts it before the first child that must follow it.</summary>
    public static void Place(Worksheet worksheet, OpenXmlElement element)
    {
        foreach (var old in worksheet.ChildElements.Where(c => c.GetType() == element.GetType()).ToList()) old.Remove();
        var rank = Array.IndexOf(Order, element.GetType());
        var next = worksheet.ChildElements.FirstOrDefault(c => Rank(c) > rank);
        if (next is null) worksheet.Append(element);
        else worksheet.InsertBefore(element, next);
    }

    // Elements not in the list (legacyDrawing, tableParts, extLst, …) all come after the drawing.
    static int Rank(OpenXmlElement element) => Array.IndexOf(Order, element.GetType()) is var i and >= 0 ? i : Order.Length;
}
