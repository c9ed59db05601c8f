using System.Collections.Immutable;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires.Versions;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Admin;

public partial class QuestionnairesPage
{
    [Inject] QuestionnaireRegistry Registry { get; set; } = default!;
    [Inject] QuestionnaireFolderReport FolderReport { get; set; } = default!;
    [Inject] UploadQuestionnaire Upload { get; set; } = default!;
    [Inject] PreviewVersionChange Preview { get; set; } = default!;
    [CascadingParameter] Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> Authentication { get; set; } = default!;

    IReadOnlyList<RegisteredVersion> versions = [];
    IReadOnlyDictionary<string, int[]> comparable = new Dictionary<string, int[]>();
    IBrowserFile? file;
    bool busy;
    Registration? registered;
    ImmutableArray<Problem> problems = [];
    string? previewKey;
    int from, to;
    VersionChange? change;
    IEnumerable<string> previewProblems = [];

    protected override async Task OnInitializedAsync() => await LoadAsync();

    async Task LoadAsync()
    {
        versions = await Registry.ListAsync(default);
        comparable = versions.GroupBy(v => v.Key).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Version).ToArray());
        if (previewKey is null || !comparable.ContainsKey(previewKey)) SelectKey(comparable.Keys.FirstOrDefault());
    }

    void SelectKey(string? key)
    {
        (previewKey, change, previewProblems) = (key, null, []);
        if (key is null) return;
        var numbers = comparable[key]; // newest first
        (to, from) = (numbers[0], numbers[1]);
    }

    void ChooseKey(ChangeEventArgs e) => SelectKey(e.Value as string);

    void Choose(InputFileChangeEventArgs e) => file = e.File;

    async Task UploadAsync()
    {
        (registered, problems) = (null, []);
        if (file is null)
        {
            problems = [new Problem("WEB001", "Kies een bestand.", Location.Nowhere)];
            return;
        }
        if (file.Size > DefinitionCheck.MaxBytes)
        {
            problems = [RegistrationProblems.FileTooLarge(file.Size, DefinitionCheck.MaxBytes, new Location(File: file.Name))];
            return;
        }
        busy = true;
        try
        {
            var actor = (await Authentication).User.ToActor();
            await using var content = file.OpenReadStream(DefinitionCheck.MaxBytes);
            var outcome = await Upload.RunAsync(actor, content, file.Name, default);
            if (outcome.IsOk) registered = outcome.Value;
            else problems = outcome.Kind == OutcomeKind.Forbidden
                ? [new Problem("WEB003", "Alleen een beheerder mag vragenlijsten registreren.", Location.Nowhere)]
                : outcome.Problems;
            await LoadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    async Task PreviewAsync()
    {
        (change, previewProblems) = (null, []);
        if (previewKey is null) return;
        var outcome = await Preview.RunAsync(previewKey, from, to, default);
        if (outcome.IsOk) change = outcome.Value;
        else previewProblems = outcome.Kind == OutcomeKind.NotFound
            ? ["Een van deze versies is niet (meer) geregistreerd."]
            : outcome.Problems.Select(p => p.ToString());
    }
}
