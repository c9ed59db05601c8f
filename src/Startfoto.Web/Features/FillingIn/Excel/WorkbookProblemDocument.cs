using Startfoto.Domain.Problems;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>A problem of an upload as the API lists it, each part of its location apart so a script can point at the cell.</summary>
public sealed record WorkbookProblemDocument(string Code, string? Sheet, int? Row, string? Column, string? Key, string Message)
{
    const string QuestionsSheet = "Vragenlijst";

    public static WorkbookProblemDocument Of(Problem p) => new(p.Code, p.At.Sheet, p.At.Row, p.At.Column, p.At.Key, p.Message);

    /// <summary>The field of a validation problem: "rij 4, kolom Antwoord" on the questions sheet, the sheet named elsewhere, else the key or "file".</summary>
    public static string FieldOf(Problem p) => p.At switch
    {
        { Row: not null, Sheet: null or QuestionsSheet } => (p.At with { File = null, Sheet = null, Key = null }).ToString(),
        { Row: not null } or { Sheet: not null } => (p.At with { File = null, Key = null }).ToString(),
        _ => p.At.Key ?? "file",
    };
}
