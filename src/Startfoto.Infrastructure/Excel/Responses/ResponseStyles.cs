using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>The three cell formats of the response workbook, added to the styles MiniExcel wrote.</summary>
/// <param name="Editable">Unlocked and tinted: where the respondent types.</param>
sealed record ResponseStyles(uint Header, uint Locked, uint Editable)
{
    public static ResponseStyles AddTo(WorkbookPart book)
    {
        // MiniExcel always writes fonts, fills and cell formats.
        var sheet = book.WorkbookStylesPart!.Stylesheet!;
        var bold = Add(sheet.Fonts!, new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }));
        sheet.Fonts!.Count = (uint)sheet.Fonts.ChildElements.Count;
        var tint = Add(sheet.Fills!, new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }) { PatternType = PatternValues.Solid }));
        sheet.Fills!.Count = (uint)sheet.Fills.ChildElements.Count;

        var formats = sheet.CellFormats!;
        var header = Add(formats, Format(locked: true, font: bold, fill: 0));
        var locked = Add(formats, Format(locked: true, font: 0, fill: 0));
        var editable = Add(formats, Format(locked: false, font: 0, fill: tint));
        formats.Count = (uint)formats.ChildElements.Count;
        return new ResponseStyles(header, locked, editable);
    }

    static CellFormat Format(bool locked, uint font, uint fill) =>
        new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, new Protection { Locked = locked })
        {
            NumberFormatId = 0, FontId = font, FillId = fill, BorderId = 0, FormatId = 0,
            ApplyFont = true, ApplyFill = true, ApplyAlignment = true, ApplyProtection = true,
        };

    static uint Add(OpenXmlElement parent, OpenXmlElement child)
    {
        parent.Append(child);
        return (uint)parent.ChildElements.Count - 1;
    }
}
