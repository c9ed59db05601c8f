using Microsoft.Playwright;

namespace Startfoto.Browser.Tests.Pages;

/// <summary>/regio/rondes/{id}: one table row per respondent, headed by its name.</summary>
public sealed class RoundProgressPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "Voortgang per respondent" });

    public ILocator Rows => Table.GetByRole(AriaRole.Rowgroup).Last.GetByRole(AriaRole.Row);

    public ILocator Row(string respondent) => Table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = respondent }) });
}
