using Startfoto.Domain.Problems;
using P = Startfoto.Infrastructure.Excel.Responses.ResponseWorkbookProblems;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>
/// Whether an upload is the file downloaded for this response: the same respondent, round, response and
/// questionnaire version. Each difference is reported at the row of "Over dit bestand" that shows it.
/// </summary>
static class HeaderCheck
{
    public static void Run(UploadedWorkbook book, ResponseWorkbookHeader expected, string file, List<Problem> problems)
    {
        // The document property survives edits to the sheets; the sheet is the fallback for programs that drop it.
        var found = book.Property ?? (book.About is { } about ? AboutSheet.Parse(Pairs(about)) : null);
        if (found is null)
        {
            problems.Add(P.NotAResponseWorkbook(new Location(File: file, Sheet: AboutSheet.Name)));
            return;
        }
        Location At(string label) => new(File: file, Sheet: AboutSheet.Name, Row: AboutSheet.RowOf(label), Column: AboutSheet.ValueHeader);

        var sameRespondent = string.Equals(found.RespondentCode, expected.RespondentCode, StringComparison.OrdinalIgnoreCase);
        if (!sameRespondent)
            problems.Add(P.OtherRespondent(found.RespondentName, found.RespondentCode, expected.RespondentName, expected.RespondentCode, At(AboutSheet.Code)));
        if (found.RoundId != expected.RoundId) problems.Add(P.OtherRound(found.RoundName, expected.RoundName, At(AboutSheet.Round)));
        else if (sameRespondent && found.ResponseId != expected.ResponseId) problems.Add(P.OtherResponse(At(AboutSheet.ResponseId)));

        if (found.QuestionnaireKey != expected.QuestionnaireKey)
            problems.Add(P.OtherQuestionnaire(found.QuestionnaireTitle, expected.QuestionnaireTitle, At(AboutSheet.Questionnaire)));
        else if (found.QuestionnaireVersion != expected.QuestionnaireVersion)
            problems.Add(P.OtherVersion(found.QuestionnaireVersion, expected.QuestionnaireVersion, At(AboutSheet.Version)));
    }

    static Dictionary<string, string> Pairs(SheetRows about)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in about.Rows) pairs.TryAdd(CellText.Of(row[0]).Trim(), CellText.Of(row[1]));
        return pairs;
    }
}
