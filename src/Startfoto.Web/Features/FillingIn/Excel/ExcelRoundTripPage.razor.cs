using System.Collections.Immutable;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Startfoto.Domain.Problems;
using Startfoto.Domain.Responses;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Operations;

namespace Startfoto.Web.Features.FillingIn.Excel;

/// <summary>Download a response as a workbook, upload it filled in, review what changes, then apply it or not.</summary>
public partial class ExcelRoundTripPage
{
    [Inject] ResponseAccess Access { get; set; } = default!;
    [Inject] PreviewResponseWorkbook Preview { get; set; } = default!;
    [Inject] ApplyResponseWorkbook Apply { get; set; } = default!;
    [Inject] TimeProvider Time { get; set; } = default!;
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Parameter] public Guid ResponseId { get; set; }

    const string Accept = ".xlsx," + WorkbookFile.ContentType;

    bool loading = true, busy;
    Actor actor = Actor.Anonymous;
    ResponseContext? context;
    Problem? closed;
    IBrowserFile? file;
    WorkbookUpload? upload;
    WorkbookPreview? preview;
    WorkbookApplied? applied;
    ImmutableArray<Problem> problems = [];
    string? status;

    protected override async Task OnParametersSetAsync()
    {
        loading = true;
        actor = (await AuthenticationState).User.ToActor();
        context = await Access.FindAsync(actor, ResponseId, default);
        if (context is not null)
            closed = ResponseLifecycle.CheckEdit(context.Response.Status, DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime),
                context.Round.OpensOn, context.Round.ClosesOn);
        loading = false;
    }

    void Choose(InputFileChangeEventArgs e) => (file, upload) = (e.File, null);

    async Task PreviewAsync()
    {
        Reset();
        if (upload is null && file is null)
        {
            problems = [ExcelUploadProblems.NoFile(Location.Nowhere)];
            return;
        }
        busy = true;
        try
        {
            if (upload is null)
            {
                var chosen = file!;
                var read = await WorkbookUpload.ReadAsync(chosen.Name, chosen.Size, max => chosen.OpenReadStream(max), default);
                if (!read.Ok)
                {
                    problems = read.Problems;
                    return;
                }
                upload = read.Value!;
            }
            var outcome = await Preview.RunAsync(actor, ResponseId, upload, default);
            if (outcome.IsOk) preview = outcome.Value;
            else problems = Explain(outcome.Kind, outcome.Problems);
            if (preview is { Changes.Count: 0 }) status = "Dit bestand wijzigt geen antwoorden.";
        }
        finally
        {
            busy = false;
        }
    }

    async Task ApplyAsync()
    {
        var token = preview!.Token;
        Reset();
        busy = true;
        try
        {
            var outcome = await Apply.RunAsync(actor, ResponseId, upload!, token, default);
            if (!outcome.IsOk)
            {
                problems = Explain(outcome.Kind, outcome.Problems);
                return;
            }
            applied = outcome.Value!;
            status = applied.HasConflicts ? "Er is niets bijgewerkt." : applied.Applied == 1 ? "1 antwoord bijgewerkt." : $"{applied.Applied} antwoorden bijgewerkt.";
            if (!applied.HasConflicts) (file, upload) = (null, null);
        }
        finally
        {
            busy = false;
        }
    }

    void Cancel()
    {
        Reset();
        upload = null;
        status = "Er is niets gewijzigd.";
    }

    void Reset() => (preview, applied, problems, status) = (null, null, [], null);

    static ImmutableArray<Problem> Explain(OutcomeKind kind, ImmutableArray<Problem> problems) => kind switch
    {
        OutcomeKind.Invalid or OutcomeKind.Conflict => problems,
        _ => [ExcelUploadProblems.NotAllowed(Location.Nowhere)],
    };
}
