using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Startfoto.Domain.Accounts;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.Admin;

public static class QuestionnairesApi
{
    public const string XlsFormContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapQuestionnairesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/questionnaires").WithTags("Questionnaires").RequireAuthorization(p => p.RequireRole(Role.Beheerder));
        api.MapGet("/", List).WithSummary("Alle geregistreerde versies van alle vragenlijsten, met het aantal antwoorden per versie.");
        api.MapGet("/{key}/{version:int}/json", Json).WithSummary("De definitie van één versie als JSON.");
        api.MapGet("/{key}/{version:int}/xlsform", XlsForm).WithSummary("De definitie van één versie als XLSForm-werkmap (.xlsx).");
        api.MapGet("/{key}/changes", Changes)
            .WithSummary("Wat er met conceptantwoorden gebeurt van versie 'from' naar versie 'to': per sleutel verhuizen, vervallen of nieuw.");
        api.MapPost("/", Upload)
            .Accepts<IFormFile>("multipart/form-data", "application/json")
            .WithSummary("Registreer een definitie: een bestand (JSON of XLSForm .xlsx) als multipart (veld 'file') of het bestand zelf als body.")
            .WithDescription("Dezelfde controle als bij het opstarten. 201: nieuw; 200: ongewijzigd of vervangen (nog geen antwoorden); " +
                "400: elk probleem met zijn plaats, niets opgeslagen; 409: de versie heeft al antwoorden.");
        return api;
    }

    static async Task<Ok<IReadOnlyList<RegisteredVersion>>> List(QuestionnaireRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.ListAsync(ct));

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Json(
        string key, int version, QuestionnaireRegistry registry, CancellationToken ct) =>
        await registry.GetJsonAsync(key, version, ct) is { } json
            ? TypedResults.File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", $"{key}-v{version}.json")
            : NotFound(key, version);

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> XlsForm(
        string key, int version, QuestionnaireRegistry registry, CancellationToken ct) =>
        await registry.GetXlsFormAsync(key, version, ct) is { } workbook
            ? TypedResults.File(workbook, XlsFormContentType, $"{key}-v{version}.xlsx")
            : NotFound(key, version);

    static async Task<Results<Ok<IReadOnlyList<VersionChangeRow>>, ValidationProblem, ProblemHttpResult>> Changes(
        string key, int from, int to, PreviewVersionChange preview, CancellationToken ct)
    {
        var outcome = await preview.RunAsync(key, from, to, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok<IReadOnlyList<VersionChangeRow>>([.. outcome.Value!.Slots.Select(VersionChangeRow.Of)]),
            OutcomeKind.Invalid => outcome.Problems.ToDefinitionProblem("Deze versies kunnen niet worden vergeleken."),
            _ => TypedResults.Problem(title: "Niet gevonden.", detail: $"Versie {from} of {to} van '{key}' is niet geregistreerd.",
                statusCode: StatusCodes.Status404NotFound),
        };
    }

    static async Task<Results<Created<Registration>, Ok<Registration>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> Upload(
        HttpRequest request, UploadQuestionnaire upload, ClaimsPrincipal user, CancellationToken ct)
    {
        Outcome<Registration> outcome;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
                return TypedResults.Problem(title: "Geen bestand.", detail: "Stuur de definitie mee in het veld 'file'.",
                    statusCode: StatusCodes.Status400BadRequest);
            await using var content = file.OpenReadStream();
            outcome = await upload.RunAsync(user.ToActor(), content, file.FileName, ct);
        }
        else
            outcome = await upload.RunAsync(user.ToActor(), request.Body, request.Query["fileName"].FirstOrDefault() ?? "upload.json", ct);

        if (outcome.Kind == OutcomeKind.Forbidden) return TypedResults.Forbid();
        if (outcome.Problems.FirstOrDefault(p => p.Code is "REG001") is { } answered)
            return TypedResults.Problem(title: "Deze versie heeft al antwoorden.", detail: answered.Message,
                statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["code"] = answered.Code });
        if (!outcome.IsOk) return outcome.Problems.ToDefinitionProblem("De vragenlijst is niet geregistreerd.");
        var registration = outcome.Value!;
        return registration.Outcome == RegistrationOutcome.Registered
            ? TypedResults.Created($"/api/questionnaires/{registration.Key}/{registration.Version}/json", registration)
            : TypedResults.Ok(registration);
    }

    static ProblemHttpResult NotFound(string key, int version) =>
        TypedResults.Problem(title: "Niet gevonden.", detail: $"Versie {version} van '{key}' is niet geregistreerd.",
            statusCode: StatusCodes.Status404NotFound);
}
