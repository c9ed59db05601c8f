namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>A downloaded response workbook: its ASCII file name and content.</summary>
public sealed record WorkbookFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
