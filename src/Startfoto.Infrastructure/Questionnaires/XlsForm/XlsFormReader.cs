using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// Reads an XLSForm workbook (sheets survey, choices, settings, plus our themes, conversation and scoring) into a
/// questionnaire definition, and compiles it, so that every problem, also in an expression, comes back located at
/// sheet, row and column. Never throws for bad input; applies nothing unless the list is empty.
/// </summary>
public static class XlsFormReader
{
    public const string Survey = "survey", Choices = "choices", Settings = "settings";

    static readonly Dictionary<string, string> UnsupportedSheets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["external_choices"] = "keuzelijsten uit een extern bestand",
        ["entities"] = "ODK-entities",
        ["osm"] = "OpenStreetMap-vragen",
    };

    public static Result<QuestionnaireDefinition> Read(Stream content, string fileName)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > XlsFormWorkbook.MaxBytes) break; // Read(byte[]) refuses it with a problem
        }
        return Read(buffer.ToArray(), fileName);
    }

    public static Result<QuestionnaireDefinition> Read(byte[] content, string fileName)
    {
        var workbook = XlsFormWorkbook.Read(content, fileName);
        if (!workbook.Ok) return Result<QuestionnaireDefinition>.Failure(workbook.Problems);
        var book = workbook.Value!;
        if (book.Sheet(Survey) is not { } survey)
            return Result<QuestionnaireDefinition>.Failure(XlsFormProblems.MissingSurvey(book.SheetNames, new Location(File: fileName)));

        var problems = new List<Problem>();
        foreach (var (name, reason) in UnsupportedSheets)
            if (book.Sheet(name) is { } sheet && sheet.DataRows.Any())
                problems.Add(XlsFormProblems.UnsupportedSheet(sheet.Name, reason, sheet.At(1)));
        var settingsSheet = book.Sheet(Settings);
        var settings = XlsFormSettings.Read(settingsSheet, fileName, problems);
        var lists = ChoiceLists.Read(book.Sheet(Choices), settings.DefaultLanguage, problems);
        var surveyReader = new SurveyReader(survey, new QuestionRowReader(survey, lists, settings.DefaultLanguage, problems), lists, settings.Title, problems);
        var sections = surveyReader.Read();
        var themes = ExtensionSheets.ReadThemes(book.Sheet(ExtensionSheets.Themes), problems);
        var conversationSheet = book.Sheet(ExtensionSheets.Conversation);
        var conversationRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var conversation = conversationSheet is null ? ConversationFields.None : ExtensionSheets.ReadConversation(conversationSheet,
            new QuestionRowReader(conversationSheet, lists, settings.DefaultLanguage, problems), conversationRows, problems);
        var scoringReader = book.Sheet(ExtensionSheets.Scoring) is { } scoringSheet ? new ScoringSheetReader(scoringSheet, problems) : null;
        var scoring = scoringReader?.Read();
        if (problems.Count > 0) return Result<QuestionnaireDefinition>.Failure(problems);

        var definition = new QuestionnaireDefinition(settings.Key, settings.Version, settings.Title, settings.Kind, settings.Level,
            settings.Description, themes, sections, conversation, scoring);
        var compiled = QuestionnaireCompiler.Compile(definition, fileName);
        if (compiled.Ok) return Result<QuestionnaireDefinition>.Success(definition);
        var locator = new CompileProblemLocator(definition, fileName, survey, surveyReader.Rows, conversationSheet, conversationRows,
            settingsSheet, settings.Row, scoringReader?.Rows);
        return Result<QuestionnaireDefinition>.Failure(locator.Locate(compiled.Problems));
    }
}
