using System.Net;
using System.Text.RegularExpressions;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Features.FillingIn;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.Conversation;

/// <summary>/regio/gesprek/{id} as the server renders it: who may open it, and the self-scan next to the conversation.</summary>
public sealed class ConversationPageTests(WebApp app) : IClassFixture<WebApp>
{
    static string PathOf(Guid response) => $"/regio/gesprek/{response}";

    [Theory]
    [InlineData(Role.Regioadviseur, "Per criterium ziet u links de zelfscan", false)]
    [InlineData(Role.Beheerder, "U kunt dit gesprek lezen", true)]
    [InlineData(Role.OZJ, "U kunt dit gesprek lezen", true)]
    public async Task The_adviseur_of_the_regio_records_and_beheerder_and_ozj_read(string role, string expected, bool readOnly)
    {
        var world = await ConversationWorld.CreateAsync(app);
        var user = role == Role.Regioadviseur ? world.Adviseur : await app.NewUserAsync(role);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync(PathOf(world.Response)));

        Assert.Contains($"Verdiepend gesprek: {world.Regio.Name}", html);
        Assert.Contains(expected, html);
        Assert.Contains("Oordeel van de regioadviseur", html);
        Assert.Equal(readOnly, Regex.IsMatch(html, "<input type=\"radio\"[^>]*disabled"));
        Assert.Equal(!readOnly, html.Contains("role=\"status\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.Landelijk)]
    public async Task Gemeente_and_landelijk_users_are_sent_to_no_access(string role)
    {
        var world = await ConversationWorld.CreateAsync(app);
        var user = role == Role.Gemeente ? world.Respondent : await app.NewUserAsync(role);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        using var response = await browser.GetAsync(PathOf(world.Response));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/geen-toegang", response.Headers.Location!.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task An_adviseur_of_another_regio_or_an_unknown_id_gets_a_dutch_not_found()
    {
        var world = await ConversationWorld.CreateAsync(app);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(world.ForeignAdviseur);

        foreach (var id in new[] { world.Response, Guid.NewGuid() })
        {
            var html = WebUtility.HtmlDecode(await browser.GetPageAsync(PathOf(id)));
            Assert.Contains("Gesprek niet gevonden", html);
            Assert.DoesNotContain("Oordeel van de regioadviseur", html);
        }
    }

    [Fact]
    public async Task The_self_scan_level_and_a_differing_oordeel_are_shown_side_by_side_with_the_motivering_asked()
    {
        var world = await ConversationWorld.CreateAsync(app);
        using (var regio = await ApiClient.SignInAsync(app, world.Respondent))
            await SavedAsync(regio, world.Response, Answer("reg.visie", "3"), Answer("rs.visie.beeld", "3", comment: "Analyse uit 2024"));
        using (var adviseur = await ApiClient.SignInAsync(app, world.Adviseur))
            await SavedAsync(adviseur, world.Response, Answer("gesprek.visie.oordeel", "2"), Answer("gesprek.visie.zekerheid", "hoog"));
        using var browser = app.NewBrowser();
        await browser.SignInAsync(world.Adviseur);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync(PathOf(world.Response)));

        Assert.Contains("Zelfscan: Ingericht", html);
        Assert.Contains("Vastgesteld door alle gemeenten", html); // the self-scan answer by its option label
        Assert.Contains("Toelichting: Analyse uit 2024", html);
        Assert.Matches(@"<th scope=""row"">Visie</th>\s*<td>Ingericht</td>\s*<td>In ontwikkeling<span class=""muted""> \(wijkt af\)</span>\s*</td>\s*<td>Hoog</td>", html);
        Assert.Matches(@"<th scope=""row"">Samenwerking</th>\s*<td>Geen niveau</td>\s*<td>Volgt zelfscan", html);
        Assert.Contains("Uw oordeel over 'Visie' wijkt af van de zelfscan: geef een motivering.", html);
        Assert.Matches(@"aria-describedby=""[^""]*vraag-\d+-melding""[^>]*aria-invalid=""true""|aria-invalid=""true""[^>]*aria-describedby=""[^""]*vraag-\d+-melding""", html);
    }

    [Fact]
    public async Task A_questionnaire_without_a_conversation_says_so()
    {
        var key = Definitions.NewKey();
        await FillingInWorld.RegisterAsync(app, FillingInWorld.Definition(key, level: "jeugdregio"));
        var regio = await app.NewRegioAsync(1);
        var adviseur = await app.NewUserAsync(Role.Regioadviseur, null, regio.Code);
        var response = (await FillingInWorld.AddRoundAsync(app, key, regio.Code, adviseur.Id, [null]))[regio.Code];
        using var browser = app.NewBrowser();
        await browser.SignInAsync(adviseur);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync(PathOf(response)));

        Assert.Contains("heeft geen verdiepend gesprek", html);
    }
}
