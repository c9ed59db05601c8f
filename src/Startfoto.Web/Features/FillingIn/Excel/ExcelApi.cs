using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Startfoto.Domain.Problems;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn.Excel;

public static class ExcelApi
{
    /// <summary>The largest workbook with room for the multipart envelope and the token; a larger request is not read.</summary>
    public const long MaxRequestBytes = WorkbookUpload.MaxBytes + 256 * 1024;

    public static RouteGroupBuilder MapResponseExcelApi(this IEndpointRouteBuilder app)
    {
        // Cookie or bearer, like the rest of /api. The uploads read the form themselves, so no antiforgery token is asked:
        // the cookie is SameSite=Lax, which a cross-site POST does not carry.
        var api = app.MapGroup("/api/responses/{id:guid}/excel").WithTags("Invullen").RequireAuthorization();
        api.MapGet("/", Download).WithSummary("De vragenlijst met de huidige antwoorden als Excel-bestand (.xlsx).");
        api.MapPost("/preview", Preview).WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithSummary("Controleer een ingevuld Excel-bestand (multipart, veld 'file'): elke fout per rij en kolom, of de wijzigingen met een token.")
            .WithDescription("Er wordt niets opgeslagen. Pas de wijzigingen toe met /apply, met hetzelfde bestand en het token.");
        api.MapPost("/apply", Apply).WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithSummary("Pas een gecontroleerd Excel-bestand toe (multipart, velden 'file' en 'token'), alles of niets.")
            .WithDescription("Heeft een collega na de controle een van deze antwoorden gewijzigd, dan volgt 409 met wie wat wijzigde; er wordt dan niets opgeslagen.");
        return api;
    }

    static async Task<Results<FileContentHttpResult, NotFound>> Download(
        Guid id, DownloadResponseWorkbook download, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await download.RunAsync(user.ToActor(), id, ct);
        return outcome.IsOk ? TypedResults.File(outcome.Value!.Content, WorkbookFile.ContentType, outcome.Value.FileName) : TypedResults.NotFound();
    }

    static async Task<Results<Ok<WorkbookPreview>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> Preview(
        Guid id, HttpRequest request, PreviewResponseWorkbook preview, ClaimsPrincipal user, CancellationToken ct)
    {
        var (upload, _, refused) = await ReadAsync(request, ct);
        if (refused is not null) return refused;
        if (!upload!.Ok) return Invalid(upload.Problems);
        var outcome = await preview.RunAsync(user.ToActor(), id, upload.Value!, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
            OutcomeKind.Invalid => Invalid(outcome.Problems),
            OutcomeKind.Conflict => StateConflict(outcome.Problems),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }

    static async Task<Results<Ok<AppliedDocument>, ValidationProblem, Conflict<HttpValidationProblemDetails>, ProblemHttpResult, NotFound, ForbidHttpResult>> Apply(
        Guid id, HttpRequest request, ApplyResponseWorkbook apply, ClaimsPrincipal user, CancellationToken ct)
    {
        var (upload, token, refused) = await ReadAsync(request, ct);
        if (refused is not null) return refused;
        if (!upload!.Ok) return Invalid(upload.Problems);
        var outcome = await apply.RunAsync(user.ToActor(), id, upload.Value!, token, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok when outcome.Value!.HasConflicts => TypedResults.Conflict(new HttpValidationProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "Een collega heeft intussen antwoorden gewijzigd.",
                Detail = "Er is niets bijgewerkt. Upload het bestand opnieuw om de wijzigingen tegen de huidige antwoorden te bekijken.",
                Extensions = { ["conflicts"] = outcome.Value.Conflicts },
            }),
            OutcomeKind.Ok => TypedResults.Ok(new AppliedDocument(outcome.Value!.Applied)),
            OutcomeKind.Invalid => Invalid(outcome.Problems),
            OutcomeKind.Conflict => StateConflict(outcome.Problems),
            OutcomeKind.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }

    /// <summary>The file and token of a multipart upload; a request too large to read is refused (413) before its body is.</summary>
    static async Task<(Result<WorkbookUpload>? Upload, string? Token, ProblemHttpResult? Refused)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxRequestBytes) return (null, null, TooLarge());
        if (!request.HasFormContentType) return (Result<WorkbookUpload>.Failure(ExcelUploadProblems.NoFile(new Location(Key: "file"))), null, null);
        try
        {
            var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }, ct);
            if (form.Files.GetFile("file") is not { } file)
                return (Result<WorkbookUpload>.Failure(ExcelUploadProblems.NoFile(new Location(Key: "file"))), null, null);
            var upload = await WorkbookUpload.ReadAsync(file.FileName, file.Length, _ => file.OpenReadStream(), ct);
            return (upload, form["token"].ToString(), null);
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return (null, null, TooLarge());
        }
    }

    static ValidationProblem Invalid(IEnumerable<Problem> problems)
    {
        var list = problems.ToList();
        return TypedResults.ValidationProblem(
            list.GroupBy(WorkbookProblemDocument.FieldOf).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            title: "Het bestand is niet ingelezen.",
            detail: "Er is niets gewijzigd. Los de meldingen per rij op en upload het bestand opnieuw.",
            extensions: new Dictionary<string, object?> { ["problems"] = list.Select(WorkbookProblemDocument.Of).ToList() });
    }

    static ProblemHttpResult TooLarge() => TypedResults.Problem(
        title: "Het bestand is te groot.", detail: ExcelUploadProblems.RequestTooLarge(WorkbookUpload.MaxBytes, Location.Nowhere).Message,
        statusCode: StatusCodes.Status413PayloadTooLarge, extensions: new Dictionary<string, object?> { ["code"] = "XLU002" });

    static ProblemHttpResult StateConflict(IEnumerable<Problem> problems) => TypedResults.Problem(
        title: "Dit kan nu niet.", detail: string.Join(" ", problems.Select(p => p.Message)), statusCode: StatusCodes.Status409Conflict);
}
