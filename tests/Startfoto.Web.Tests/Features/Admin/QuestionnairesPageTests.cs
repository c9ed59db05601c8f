using System.Net;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Admin;

/// <summary>The Beheerder page as the server renders it: the versions and the files the start-up did not activate.</summary>
public sealed class QuestionnairesPageTests(WebAppWithQuestionnaireFolder app) : IClassFixture<WebAppWithQuestionnaireFolder>
{
    [Fact]
    public async Task The_page_lists_the_versions_with_json_and_xlsform_downloads_and_each_invalid_file_with_its_located_problems()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(await app.NewUserAsync(Role.Beheerder));

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync("/beheer/vragenlijsten"));

        Assert.Contains($"href=\"/api/questionnaires/{WebAppWithQuestionnaireFolder.ValidKey}/1/json\"", html);
        Assert.Contains($"href=\"/api/questionnaires/{WebAppWithQuestionnaireFolder.ValidKey}/1/xlsform\"", html);
        Assert.Contains("1 in orde, 1 niet geactiveerd", html);
        Assert.Contains($"<h3>{WebAppWithQuestionnaireFolder.InvalidFile}", html);
        Assert.Contains("kapot.json: a: Sleutel 'a' komt meer dan eens voor", html);
        Assert.Contains("kapot.json: a, positie ", html);
    }

    [Fact]
    public async Task The_beheerder_start_page_and_menu_link_to_the_page()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(await app.NewUserAsync(Role.Beheerder));

        var html = await browser.GetPageAsync("/beheer");

        Assert.Equal(2, html.Split("href=\"/beheer/vragenlijsten\"").Length - 1);
    }
}
