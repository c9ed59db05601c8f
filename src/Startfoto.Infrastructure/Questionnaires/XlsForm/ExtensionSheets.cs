using System.Collections.Immutable;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using C = Startfoto.Infrastructure.Questionnaires.XlsForm.XlsFormColumns;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// Our own sheets, which ODK tools ignore: 'themes' (key, title, description), 'conversation', the fields of the
/// verdiepende gesprek of a Robuustheidsscan: survey columns plus scope (perTheme or general), and 'scoring' (read by
/// <see cref="ScoringSheetReader"/>).
/// </summary>
static class ExtensionSheets
{
    public const string Themes = "themes", Conversation = "conversation", Scoring = "scoring";

    public static ImmutableArray<Theme> ReadThemes(XlsFormSheet? sheet, List<Problem> problems)
    {
        if (sheet is null || sheet.Headers.IsEmpty) return [];
        ColumnCheck.Run(sheet, [C.Key, C.Title, C.Description], problems);
        var themes = ImmutableArray.CreateBuilder<Theme>();
        foreach (var row in sheet.DataRows)
        {
            var cells = new CellReader(sheet, row, problems);
            var (key, title) = (cells.Text(C.Key), cells.Text(C.Title));
            if (key is null) problems.Add(XlsFormProblems.MissingCell(C.Key, cells.At(C.Key)));
            if (title is null) problems.Add(XlsFormProblems.MissingCell(C.Title, cells.At(C.Title)));
            if (key is not null && title is not null) themes.Add(new Theme(key, title, cells.Text(C.Description)));
        }
        return themes.ToImmutable();
    }

    public static ConversationFields ReadConversation(XlsFormSheet? sheet, QuestionRowReader questions, Dictionary<string, int> rows, List<Problem> problems)
    {
        if (sheet is null || sheet.Headers.IsEmpty) return ConversationFields.None;
        ColumnCheck.Run(sheet, [.. C.Survey, C.Scope], problems);
        var (perTheme, general) = (ImmutableArray.CreateBuilder<Question>(), ImmutableArray.CreateBuilder<Question>());
        foreach (var row in sheet.DataRows)
        {
            var type = SurveyType.Parse(sheet.Cell(row, C.Type));
            var cells = questions.Cells(row);
            if (!type.IsQuestion)
            {
                problems.Add(type.What == SurveyType.Kind.Unsupported
                    ? XlsFormProblems.UnsupportedType(type.Text, type.Unsupported!, cells.At(C.Type))
                    : XlsFormProblems.UnknownType(type.Text, cells.At(C.Type)));
                continue;
            }
            var scope = cells.Text(C.Scope);
            var target = scope?.ToLowerInvariant() switch { "pertheme" => perTheme, "general" => general, _ => null };
            if (target is null) problems.Add(XlsFormProblems.WrongScope(scope ?? "", cells.At(C.Scope)));
            if (questions.Read(row, type) is not { } question || target is null) continue;
            target.Add(question);
            rows.TryAdd(question.Key, row.Number);
        }
        return new ConversationFields(perTheme.ToImmutable(), general.ToImmutable());
    }
}
