using System.Net;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.FillingIn;

/// <summary>The preview route as the server renders it: for Beheerder and Regioadviseur only, Dutch when not found.</summary>
public sealed class PreviewPageTests(WebAppWithQuestionnaireFolder app) : IClassFixture<WebAppWithQuestionnaireFolder>
{
    static readonly string Path = $"/vragenlijsten/{WebAppWithQuestionnaireFolder.ValidKey}/1/voorbeeld";

    public static TheoryData<string> EveryRole() => [.. Role.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task The_preview_opens_only_for_beheerder_and_regioadviseur(string role)
    {
        var regio = await app.NewRegioAsync(1);
        var user = await app.NewUserAsync(role, role == Role.Gemeente ? regio.Gemeenten[0] : null,
            role == Role.Regioadviseur ? [regio.Code] : []);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        using var response = await browser.GetAsync(Path);

        if (role is Role.Beheerder or Role.Regioadviseur)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("Voorbeeld: antwoorden worden niet opgeslagen.", html);
            Assert.Contains("Hoeveel?", html);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/geen-toegang", response.Headers.Location!.PathAndQueryOrOriginal());
        }
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page()
    {
        using var browser = app.NewBrowser();

        using var response = await browser.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/inloggen?ReturnUrl=", response.Headers.Location!.PathAndQueryOrOriginal());
    }

    [Theory]
    [InlineData("/vragenlijsten/bestaat_niet/1/voorbeeld")]
    [InlineData("/vragenlijsten/" + WebAppWithQuestionnaireFolder.ValidKey + "/7/voorbeeld")]
    public async Task An_unknown_key_or_version_gets_a_dutch_not_found_message(string path)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(await app.NewUserAsync(Role.Beheerder));

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync(path));

        Assert.Contains("Voorbeeld niet gevonden", html);
        Assert.Contains("is niet geregistreerd", html);
    }

    [Fact]
    public async Task Each_version_on_the_questionnaires_page_links_to_its_preview()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(await app.NewUserAsync(Role.Beheerder));

        var html = await browser.GetPageAsync("/beheer/vragenlijsten");

        Assert.Contains($"href=\"{Path}\"", html);
    }
}
