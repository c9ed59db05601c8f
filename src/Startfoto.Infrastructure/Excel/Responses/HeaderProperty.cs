using System.Text.Json;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// The header as a custom document property (File › Info › Properties in Excel): not on any sheet, so editing or
/// sorting cells cannot change it, and Excel and LibreOffice keep it when they save.
/// </summary>
static class HeaderProperty
{
    public const string Name = "StartfotoResponse";

    // The format id every custom document property carries (ECMA-376 part 1, 22.3.2.2).
    const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public static void Write(SpreadsheetDocument document, ResponseWorkbookHeader header)
    {
        var part = document.CustomFilePropertiesPart ?? document.AddCustomFilePropertiesPart();
        part.Properties = new Properties(new CustomDocumentProperty(new VTLPWSTR(JsonSerializer.Serialize(header)))
        {
            FormatId = FormatId,
            PropertyId = 2,
            Name = Name,
        });
    }

    /// <summary>Null when the property is missing or is not a header.</summary>
    public static ResponseWorkbookHeader? Read(SpreadsheetDocument document)
    {
        var property = document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .FirstOrDefault(p => p.Name?.Value == Name);
        if (property?.VTLPWSTR?.Text is not { } json) return null;
        try
        {
            return JsonSerializer.Deserialize<ResponseWorkbookHeader>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
