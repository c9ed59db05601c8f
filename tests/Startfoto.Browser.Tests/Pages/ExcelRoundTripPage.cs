using Microsoft.Playwright;

namespace Startfoto.Browser.Tests.Pages;

/// <summary>/invullen/{id}/excel: download the vragenlijst, upload it filled in, review the changes, apply them.</summary>
public sealed class ExcelRoundTripPage(IPage page)
{
    public async Task OpenAsync(Guid response)
    {
        await page.GotoAsync($"/invullen/{response}/excel");
        await IndelingPageTests.WaitUntilInteractive(page);
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator DownloadLink => page.GetByRole(AriaRole.Link, new() { Name = "Download als Excel" });

    public async Task<byte[]> DownloadAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => DownloadLink.ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var content = new MemoryStream();
        await stream.CopyToAsync(content);
        return content.ToArray();
    }

    public async Task UploadAsync(string name, byte[] content)
    {
        await page.GetByLabel("Ingevuld Excel-bestand (.xlsx, ten hoogste 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = name, MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = content,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestand controleren" }).ClickAsync();
    }

    public ILocator Changes => page.GetByRole(AriaRole.Table, new() { Name = "Wijzigingen uit het Excel-bestand" });

    public ILocator Change(string question) => Changes.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = question }) });

    public Task ApplyAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen toepassen" }).ClickAsync();

    public Task CancelAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator Problems => page.GetByRole(AriaRole.Alert);

    public ILocator BackToForm => page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de vragenlijst" });
}
