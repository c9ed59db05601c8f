using Microsoft.Extensions.Options;
using Startfoto.Web.Features.Scoring;
using Startfoto.Infrastructure.Questionnaires.Registration;

namespace Startfoto.Web.Hosting;

/// <summary>
/// Registers the questionnaires folder at start: each valid definition by key+version, each invalid file in the log
/// with every problem and in <see cref="QuestionnaireFolderReport"/> for the Beheerder page. New scoring rules start a recompute
/// of the version's submitted responses. Never stops the app.
/// </summary>
sealed class QuestionnaireStartup(
    QuestionnaireRegistry registry, QuestionnaireFolderReport report, StartRecompute recompute, IOptions<QuestionnaireOptions> options,
    IHostEnvironment environment, TimeProvider time, ILogger<QuestionnaireStartup> log)
{
    public async Task RunAsync(CancellationToken ct)
    {
        if (!options.Value.RegisterOnStartup) return;
        var folder = QuestionnaireFolder.Locate(environment.ContentRootPath, options.Value.Folder);
        var scan = await QuestionnaireFolder.RegisterAsync(folder, registry, time, ct);
        report.Record(scan);
        foreach (var registration in scan.Registered)
        {
            if (registration.Outcome == RegistrationOutcome.Replaced)
                log.LogWarning("Vragenlijst {File}: {Message}", registration.FileName, registration.Message);
            else if (registration.Outcome != RegistrationOutcome.Unchanged || registration.RulesVersion is not null)
                log.LogInformation("Vragenlijst {File}: {Message}", registration.FileName, registration.Message);
            if (registration.RulesVersion is { } rules)
                await recompute.RunAsync(registration.Key, registration.Version, rules, by: null, ct);
        }
        foreach (var file in scan.Invalid)
            foreach (var problem in file.Problems)
                log.LogError("Vragenlijst {File} niet geactiveerd: {Problem}", file.File, problem.ToLine());
        log.LogInformation("Vragenlijsten uit {Folder}: {Valid} in orde, {Invalid} niet geactiveerd",
            folder, scan.Registered.Count, scan.Invalid.Count);
    }
}
