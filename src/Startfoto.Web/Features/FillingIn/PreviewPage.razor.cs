using Microsoft.AspNetCore.Components;
using Startfoto.Domain.Questionnaires;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Web.Features.FillingIn.Form;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>A registered version as a respondent sees it, with test answers kept in this circuit only.</summary>
public partial class PreviewPage
{
    [Inject] QuestionnaireRegistry Registry { get; set; } = default!;
    [Inject] TimeProvider Time { get; set; } = default!;

    [Parameter] public string Key { get; set; } = "";
    [Parameter] public int Version { get; set; }

    bool loading = true;
    Questionnaire? questionnaire;
    AnswerSet? answers;
    QuestionnaireEvaluation? evaluation;
    Dictionary<string, string?> comments = [];
    IEnumerable<string> problems = [];
    string? sectionKey;
    bool showMissing;

    protected override async Task OnParametersSetAsync()
    {
        loading = true;
        (questionnaire, answers, evaluation, problems) = (null, null, null, []);
        var loaded = await Registry.LoadAsync(Key, Version, default);
        if (loaded is { Ok: true, Value: { } compiled })
        {
            questionnaire = compiled;
            evaluation = compiled.NewEvaluation();
            Clear();
        }
        else if (loaded is not null)
            problems = loaded.Problems.Select(p => p.ToLine());
        loading = false;
    }

    void Apply(AnswerEdit edit)
    {
        answers![edit.Key] = edit.Value;
        comments[edit.Key] = edit.Comment;
        Evaluate();
    }

    void Clear()
    {
        answers = questionnaire!.NewAnswers();
        comments = [];
        showMissing = false;
        Evaluate();
    }

    void Evaluate() => evaluation!.Run(answers!.Values, DateOnly.FromDateTime(Time.GetLocalNow().DateTime));
}
