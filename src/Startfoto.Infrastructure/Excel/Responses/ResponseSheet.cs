using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>The layout of the sheet "Vragenlijst": its columns, in order, and which slots get a row.</summary>
static class ResponseSheet
{
    public const string Name = "Vragenlijst";

    public const string Key = "Sleutel", Section = "Sectie", Question = "Vraag", Help = "Uitleg", Allowed = "Toegestane waarden",
        Answer = "Antwoord", Comment = "Toelichting";

    /// <summary>Header texts with their width in characters; the writer puts them in columns A, B, … in this order.</summary>
    public static readonly (string Header, double Width)[] Columns =
        [(Key, 22), (Section, 24), (Question, 60), (Help, 50), (Allowed, 40), (Answer, 32), (Comment, 45)];

    /// <summary>Columns an upload needs; the others are there for reading and may be deleted or moved.</summary>
    public static readonly string[] Required = [Key, Answer, Comment];

    public static string LetterOf(string header) => ColumnLetters.Of(Array.FindIndex(Columns, c => c.Header == header));

    /// <summary>
    /// Every slot the respondent answers, in slot order. Calculations are computed and the verdiepende gesprek is
    /// recorded by the regioadviseur, so neither is downloaded nor accepted.
    /// </summary>
    public static IEnumerable<AnswerSlot> Rows(Questionnaire questionnaire) =>
        questionnaire.Slots.Where(s => !s.IsCalculated && !s.IsConversation);

    public static string QuestionText(AnswerSlot slot) =>
        slot.Row is { } row ? $"{slot.Question.Label} – {row.Label}" : slot.Question.Label;
}
