using System.Collections.Immutable;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Domain.Responses;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.FillingIn.Api;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn;

public static class FillingInApi
{
    public static RouteGroupBuilder MapFillingInApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/responses/{id:guid}").WithTags("Invullen").RequireAuthorization();
        api.MapGet("", Get).WithSummary("Eén respons: de vragenlijst (definitie), de antwoorden met hun versie, voortgang en wat nog ontbreekt.");
        api.MapPut("/answers", Save).WithSummary("Sla een of meer antwoorden op, alles of niets.")
            .WithDescription("Geef per antwoord de versie mee die u het laatst las (0 als er nog geen antwoord was). Heeft een collega het " +
                "antwoord intussen anders opgeslagen, dan volgt 409 met het huidige antwoord, wie het wijzigde en wanneer; er wordt dan niets opgeslagen.");
        api.MapPost("/submit", Submit).WithSummary("Dien de respons in; 400 noemt elke ontbrekende of onjuiste vraag bij zijn sleutel.");
        api.MapGet("/history", History).WithSummary("De wijzigingsgeschiedenis van de respons, of met ?key= van één vraag; nieuwste eerst.");
        api.MapPut("/sections/{sectionKey}/assignee", Assign).WithSummary("Wijs een onderdeel toe aan een collega (userId), of maak het vrij (null).");
        return api;
    }

    static async Task<Results<Ok<ResponseDocument>, NotFound>> Get(
        Guid id, LoadResponseForm load, QuestionnaireRegistry registry, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await load.RunAsync(user.ToActor(), id, ct);
        if (!outcome.IsOk) return TypedResults.NotFound();
        var form = outcome.Value!;
        var json = await registry.GetJsonAsync(form.Questionnaire.Definition.Key, form.Questionnaire.Definition.Version, ct) ?? "{}";
        using var definition = JsonDocument.Parse(json);
        return TypedResults.Ok(ResponseDocuments.Of(form, definition.RootElement.Clone()));
    }

    static async Task<Results<Ok<SaveAnswersResponse>, ValidationProblem, Conflict<HttpValidationProblemDetails>, ProblemHttpResult, NotFound, ForbidHttpResult>> Save(
        Guid id, SaveAnswersRequest request, SaveAnswers save, CompiledQuestionnaires questionnaires, ResponseAccess access,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = user.ToActor();
        if (await access.FindAsync(actor, id, ct) is not { } context) return TypedResults.NotFound();
        var questionnaire = (await questionnaires.GetAsync(context.Response.QuestionnaireKey, context.Response.QuestionnaireVersion, ct))!;
        var (inputs, problems) = Read(questionnaire, request);
        if (problems.Count > 0)
            return problems.Concat(SaveAnswers.Check(questionnaire, context.Rights, inputs)).ToImmutableArray().ToValidationProblem();

        var outcome = await save.RunAsync(actor, id, inputs, AnswerChannel.Api, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok when outcome.Value!.HasConflicts => TypedResults.Conflict(new HttpValidationProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "Een collega heeft intussen een antwoord gewijzigd.",
                Detail = "Er is niets opgeslagen. Bekijk het huidige antwoord en kies: overnemen, of opnieuw opslaan met de nieuwe versie.",
                Extensions = { ["conflicts"] = outcome.Value.Conflicts.Select(c => ResponseDocuments.Of(questionnaire, c)).ToList() },
            }),
            OutcomeKind.Ok => TypedResults.Ok(new SaveAnswersResponse(outcome.Value!.Saved)),
            OutcomeKind.Invalid => outcome.Problems.ToValidationProblem(),
            OutcomeKind.Conflict => StateConflict(outcome.Problems),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }

    static async Task<Results<Ok<StatusDocument>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Submit(
        Guid id, SubmitResponse submit, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await submit.RunAsync(user.ToActor(), id, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(new StatusDocument(outcome.Value.ToString(), ResponseLifecycle.Label(outcome.Value))),
            OutcomeKind.Invalid => outcome.Problems.ToValidationProblem(),
            OutcomeKind.Conflict => StateConflict(outcome.Problems),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }

    static async Task<Results<Ok<IReadOnlyList<AnswerHistoryEntry>>, NotFound>> History(
        Guid id, string? key, AnswerHistory history, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await history.RunAsync(user.ToActor(), id, key, ct);
        return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : TypedResults.NotFound();
    }

    static async Task<Results<NoContent, ValidationProblem, NotFound, ForbidHttpResult>> Assign(
        Guid id, string sectionKey, AssignSectionRequest request, AssignSection assign, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await assign.RunAsync(user.ToActor(), id, sectionKey, request.UserId, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.NoContent(),
            OutcomeKind.Invalid => outcome.Problems.ToValidationProblem(),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }

    static (List<AnswerInput> Inputs, List<Problem> Problems) Read(Questionnaire questionnaire, SaveAnswersRequest request)
    {
        var (inputs, problems) = (new List<AnswerInput>(), new List<Problem>());
        if (request.Answers is null or { Count: 0 })
            problems.Add(new Problem("RSP032", "Geef ten minste één antwoord mee in 'answers'.", new Location(Key: "answers")));
        foreach (var (answer, n) in (request.Answers ?? []).Select((a, n) => (a, n)))
        {
            if (string.IsNullOrWhiteSpace(answer.Key))
            {
                problems.Add(new Problem("RSP033", $"Antwoord {n + 1} heeft geen sleutel ('key').", new Location(Key: $"answers[{n}].key")));
                continue;
            }
            if (!questionnaire.TryFind(answer.Key, out var slot))
            {
                problems.Add(ResponseProblems.UnknownKey(answer.Key));
                continue;
            }
            var value = answer.Value is { } json ? AnswerJson.Read(slot, json) : Result<Value>.Success(Value.Empty);
            if (!value.Ok) problems.AddRange(value.Problems);
            else inputs.Add(new AnswerInput(answer.Key, value.Value, answer.Comment, answer.Version));
        }
        return (inputs, problems);
    }

    static ProblemHttpResult StateConflict(IEnumerable<Problem> problems) => TypedResults.Problem(
        title: "Dit kan nu niet.", detail: string.Join(" ", problems.Select(p => p.Message)), statusCode: StatusCodes.Status409Conflict);
}
