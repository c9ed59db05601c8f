using Microsoft.AspNetCore.Components;
using Startfoto.Domain.Questionnaires;

namespace Startfoto.Web.Features.FillingIn.Form;

public partial class QuestionnaireForm
{
    [Parameter, EditorRequired] public Questionnaire Questionnaire { get; set; } = default!;

    /// <summary>The page's evaluation of its answers, run again after each edit; holds every stored value, also hidden ones.</summary>
    [Parameter, EditorRequired] public QuestionnaireEvaluation Evaluation { get; set; } = default!;

    /// <summary>Toelichting per answer slot (a matrix: under its first row).</summary>
    [Parameter] public IReadOnlyDictionary<string, string?> Comments { get; set; } = new Dictionary<string, string?>();

    /// <summary>The section shown; null or a hidden section shows the first visible one.</summary>
    [Parameter] public string? SectionKey { get; set; }
    [Parameter] public EventCallback<string> SectionKeyChanged { get; set; }

    [Parameter] public bool ReadOnly { get; set; }

    /// <summary>Also mark empty required questions, e.g. after the respondent asked to check the form.</summary>
    [Parameter] public bool ShowMissing { get; set; }

    [Parameter] public EventCallback<AnswerEdit> OnAnswerChanged { get; set; }

    /// <summary>Rendered under each question, per slot: badges such as "overgenomen uit Startfoto 2024".</summary>
    [Parameter] public RenderFragment<AnswerSlot>? QuestionExtras { get; set; }

    IReadOnlyList<SectionLink> links = [];
    Section? current;
    string? selected, lastSectionKey;
    ElementReference heading;
    bool focusHeading;

    protected override void OnParametersSet()
    {
        if (SectionKey != lastSectionKey) (selected, lastSectionKey) = (SectionKey, SectionKey);
        var sections = Questionnaire.Definition.Sections;
        links = [.. sections.Where((_, index) => Evaluation.IsSectionVisible(index))
            .Select(s => new SectionLink(s.Key, s.Title, SectionProgress.Of(Questionnaire, Evaluation, s.Key)))];
        var key = links.Any(l => l.Key == selected) ? selected : links.FirstOrDefault()?.Key;
        current = sections.FirstOrDefault(s => s.Key == key);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusHeading || current is null) return;
        focusHeading = false;
        // A keyboard user who switches section lands on its heading, not back at the top of the page.
        await heading.FocusAsync();
    }

    async Task SelectAsync(string key)
    {
        (selected, focusHeading) = (key, true);
        await SectionKeyChanged.InvokeAsync(key);
    }

    SectionLink? Neighbour(int step)
    {
        var index = links.ToList().FindIndex(l => l.Key == current?.Key) + step;
        return index >= 0 && index < links.Count && current is not null ? links[index] : null;
    }

    QuestionState[] StatesOf(Question question) => question.Type == QuestionType.Matrix
        ? [.. question.Rows.Select(r => Evaluation[$"{question.Key}.{r.Key}"])]
        : [Evaluation[question.Key]];

    string? CommentOf(string key) => Comments.TryGetValue(key, out var comment) ? comment : null;
}
