using System.Collections.Immutable;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using C = Startfoto.Infrastructure.Questionnaires.XlsForm.XlsFormColumns;
using Kind = Startfoto.Infrastructure.Questionnaires.XlsForm.SurveyType.Kind;

namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// The survey sheet → sections. A begin/end group is a section (its label the title, its hint the description, its
/// relevant the section's visibleWhen); questions outside any group form a section of their own. A group marked
/// startfoto_type matrix is one matrix question whose select_one rows are its rows. Remembers the sheet row of every
/// key, so that problems found later (by the compiler) can be shown at their row.
/// </summary>
sealed class SurveyReader(XlsFormSheet sheet, QuestionRowReader questions, ChoiceLists lists, string formTitle, List<Problem> problems)
{
    sealed class OpenSection(string key, string title, string? description, string? visibleWhen, int row)
    {
        public readonly List<Question> Questions = [];
        public Section ToSection() => new(key, title, description, [.. Questions], visibleWhen);
        public int Row => row;
    }

    sealed class OpenMatrix(Question question, int row)
    {
        public readonly List<MatrixRow> Rows = [];
        public Question Question => question;
        public int Row => row;
        public string? List { get; set; }
    }

    readonly List<Section> sections = [];
    OpenSection? section;       // an explicit group, or the implicit section for questions outside groups
    bool sectionIsGroup;
    OpenMatrix? matrix;
    int nested;                 // groups inside the current group, reported once each and read as part of it
    int implicitCount;

    /// <summary>Question and section keys → the sheet row that defines them.</summary>
    public Dictionary<string, int> Rows { get; } = new(StringComparer.Ordinal);

    public ImmutableArray<Section> Read()
    {
        ColumnCheck.Run(sheet, C.Survey, problems);
        if (!sheet.Has(C.Type)) problems.Add(XlsFormProblems.MissingColumn(C.Type, sheet.At(1)));
        if (!sheet.Has(C.Name)) problems.Add(XlsFormProblems.MissingColumn(C.Name, sheet.At(1)));
        foreach (var row in sheet.DataRows) ReadRow(row);
        if (matrix is not null) problems.Add(XlsFormProblems.UnclosedGroup(sheet.At(matrix.Row, C.Type)));
        else if (section is not null && sectionIsGroup) problems.Add(XlsFormProblems.UnclosedGroup(sheet.At(section.Row, C.Type)));
        if (section is not null) sections.Add(section.ToSection());
        return [.. sections];
    }

    void ReadRow(XlsFormRow row)
    {
        var type = SurveyType.Parse(sheet.Cell(row, C.Type));
        var at = sheet.At(row, C.Type);
        switch (type.What)
        {
            case Kind.Blank:
                problems.Add(XlsFormProblems.MissingCell(C.Type, at));
                return;
            case Kind.Unknown:
                problems.Add(XlsFormProblems.UnknownType(type.Text, at));
                return;
            case Kind.Unsupported:
                problems.Add(XlsFormProblems.UnsupportedType(type.Text, type.Unsupported!, at));
                return;
            case Kind.BeginRepeat:
                problems.Add(XlsFormProblems.UnsupportedType(type.Text, type.Unsupported!, at));
                BeginGroup(row, type, repeat: true);
                return;
            case Kind.BeginGroup:
                BeginGroup(row, type, repeat: false);
                return;
            case Kind.EndGroup or Kind.EndRepeat:
                EndGroup(row);
                return;
        }
        if (matrix is not null)
        {
            MatrixRow(row, type);
            return;
        }
        var question = questions.Read(row, type);
        if (question is null) return;
        Current(row).Questions.Add(question);
        Rows.TryAdd(question.Key, row.Number);
    }

    void BeginGroup(XlsFormRow row, SurveyType type, bool repeat)
    {
        var cells = questions.Cells(row);
        var isMatrix = !repeat && cells.Text(C.StartfotoType) is not null;
        if (matrix is not null || (section is not null && sectionIsGroup && !isMatrix))
        {
            if (!repeat) problems.Add(XlsFormProblems.NestedGroup(sheet.At(row, C.Type)));
            nested++;
            return;
        }
        var name = cells.Text(C.Name);
        if (name is null) problems.Add(XlsFormProblems.MissingCell(C.Name, cells.At(C.Name)));
        if (isMatrix)
        {
            if (questions.TypeOf(cells, type) is not { } matrixType || name is null) { nested++; return; }
            matrix = new OpenMatrix(questions.Common(cells, name, matrixType), row.Number);
            return;
        }
        questions.TypeOf(cells, type); // reports appearances that are not display-only
        if (section is not null) sections.Add(section.ToSection());
        var title = questions.Label(cells) ?? name ?? "";
        section = new OpenSection(name ?? $"rij{row.Number}", title, questions.Hint(cells), cells.Text(C.Relevant), row.Number);
        sectionIsGroup = true;
        Rows.TryAdd(name ?? "", row.Number);
    }

    void EndGroup(XlsFormRow row)
    {
        if (nested > 0) { nested--; return; }
        if (matrix is not null)
        {
            var question = matrix.Question;
            var choices = matrix.List is { } list ? lists.Find(list) : null;
            Current(row).Questions.Add(question with
            {
                Rows = [.. matrix.Rows],
                Options = choices?.Options ?? [],
                NotApplicable = question.NotApplicable | (choices?.NotApplicable ?? false),
                DontKnow = question.DontKnow | (choices?.DontKnow ?? false),
            });
            Rows.TryAdd(question.Key, matrix.Row);
            matrix = null;
            return;
        }
        if (section is null || !sectionIsGroup)
        {
            problems.Add(XlsFormProblems.UnmatchedEnd(sheet.At(row, C.Type)));
            return;
        }
        sections.Add(section.ToSection());
        (section, sectionIsGroup) = (null, false);
    }

    void MatrixRow(XlsFormRow row, SurveyType type)
    {
        var cells = questions.Cells(row);
        var name = cells.Text(C.Name);
        if (type.What != Kind.SelectOne || (matrix!.List is { } list && list != type.List))
        {
            problems.Add(XlsFormProblems.MatrixRowType(cells.At(C.Type)));
            return;
        }
        if (name is null) { problems.Add(XlsFormProblems.MissingCell(C.Name, cells.At(C.Name))); return; }
        if (matrix.List is null && lists.Find(type.List!) is null) problems.Add(XlsFormProblems.UnknownList(type.List!, cells.At(C.Type)));
        matrix.List ??= type.List;
        matrix.Rows.Add(new MatrixRow(name, questions.Label(cells) ?? ""));
    }

    OpenSection Current(XlsFormRow row)
    {
        if (section is not null) return section;
        implicitCount++;
        sectionIsGroup = false;
        section = new OpenSection($"sectie{implicitCount}", formTitle, null, null, row.Number);
        Rows.TryAdd(section.ToSection().Key, row.Number);
        return section;
    }
}
