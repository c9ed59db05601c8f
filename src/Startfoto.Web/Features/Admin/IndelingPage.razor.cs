using System.Collections.Immutable;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Startfoto.Domain.Indeling;
using Startfoto.Domain.Problems;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Indeling;

namespace Startfoto.Web.Features.Admin;

public partial class IndelingPage
{
    [Inject] IDbContextFactory<StartfotoDb> Dbs { get; set; } = default!;
    [Inject] TimeProvider Clock { get; set; } = default!;

    IReadOnlyList<IndelingYear> years = [];
    int? year;
    IBrowserFile? file;
    bool busy;
    IReadOnlyList<string>? report;
    ImmutableArray<Problem> problems = [];

    protected override async Task OnInitializedAsync()
    {
        year = Clock.GetLocalNow().Year;
        years = await IndelingApi.ListYearsAsync(Dbs, default);
    }

    void Choose(InputFileChangeEventArgs e) => file = e.File;

    async Task ImportAsync()
    {
        (report, problems) = (null, []);
        if (year is null || file is null)
        {
            problems = [new Problem("WEB001", year is null ? "Vul het jaar in." : "Kies een bestand.", Location.Nowhere)];
            return;
        }
        if (file.Size > IndelingFileReader.MaxBytes)
        {
            problems = [IndelingProblems.FileTooLarge(file.Size, IndelingFileReader.MaxBytes, new Location(File: file.Name))];
            return;
        }
        busy = true;
        try
        {
            using var content = new MemoryStream();
            await using (var upload = file.OpenReadStream(IndelingFileReader.MaxBytes))
                await upload.CopyToAsync(content);
            var result = await new IndelingImport(Dbs).ImportFileAsync(year.Value, content.ToArray(), file.Name, default);
            if (result.Ok) report = result.Value!.Lines;
            else problems = result.Problems;
            years = await IndelingApi.ListYearsAsync(Dbs, default);
        }
        finally
        {
            busy = false;
        }
    }
}
