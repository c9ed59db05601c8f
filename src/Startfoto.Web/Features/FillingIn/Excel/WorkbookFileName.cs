using System.Globalization;
using System.Text;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>
/// The name a downloaded workbook gets, e.g. "startfoto-GM0546-leiden.xlsx": ASCII only, as mail filters and old
/// Windows tools mangle accents and quotes ("Súdwest-Fryslân", "'s-Hertogenbosch").
/// </summary>
public static class WorkbookFileName
{
    public static string For(string questionnaireKey, string respondentCode, string respondentName) =>
        $"{Slug(questionnaireKey)}-{Slug(respondentCode).ToUpperInvariant()}-{Slug(respondentName)}.xlsx";

    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "vragenlijst" : result;
    }
}
