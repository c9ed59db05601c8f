using System.Net;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Accounts;

/// <summary>Every role page, for every role: its own roles get it, any other role the Dutch access-denied page.</summary>
public sealed class PageAuthorizationTests(WebApp app) : IClassFixture<WebApp>
{
    // A round's progress page opens for an unknown round too (it says so): the gate is the role, not the id.
    const string RoundProgressPage = "/regio/rondes/0198a8e4-0000-7000-8000-000000000000";

    static readonly (string Path, string[] Roles)[] Pages =
    [
        ("/beheer", [Role.Beheerder]), ("/beheer/uitnodigingen", [Role.Beheerder]), ("/beheer/indeling", [Role.Beheerder]),
        ("/beheer/vragenlijsten", [Role.Beheerder]), ("/scoreregels/wat-als", [Role.Beheerder, Role.OZJ]),
        ("/regio", [Role.Regioadviseur]), ("/regio/uitnodigingen", [Role.Regioadviseur]), ("/regio/rondes", [Role.Regioadviseur]),
        (RoundProgressPage, [Role.Regioadviseur, Role.Beheerder, Role.OZJ]), ("/scoreregels", [Role.Beheerder, Role.OZJ]),
        ("/gemeente", [Role.Gemeente]), ("/ozj", [Role.OZJ]), ("/landelijk", [Role.Landelijk]),
    ];

    public static TheoryData<string, string> EveryRoleOnEveryPage()
    {
        var rows = new TheoryData<string, string>();
        foreach (var role in Role.All)
            foreach (var (path, _) in Pages)
                rows.Add(role, path);
        return rows;
    }

    [Theory]
    [MemberData(nameof(EveryRoleOnEveryPage))]
    public async Task A_role_page_opens_only_for_its_own_roles(string role, string path)
    {
        var regio = await app.NewRegioAsync(1);
        var user = await app.NewUserAsync(role, role == Role.Gemeente ? regio.Gemeenten[0] : null,
            role == Role.Regioadviseur ? [regio.Code] : []);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        using var response = await browser.GetAsync(path);

        if (Pages.Single(p => p.Path == path).Roles.Contains(role))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/geen-toegang", response.Headers.Location!.PathAndQueryOrOriginal());
        }
    }

    [Theory]
    [InlineData("/beheer")]
    [InlineData("/beheer/uitnodigingen")]
    [InlineData("/beheer/indeling")]
    [InlineData("/beheer/vragenlijsten")]
    [InlineData("/scoreregels/wat-als")]
    [InlineData("/regio")]
    [InlineData("/regio/uitnodigingen")]
    [InlineData("/regio/rondes")]
    [InlineData(RoundProgressPage)]
    [InlineData("/scoreregels")]
    [InlineData("/gemeente")]
    [InlineData("/ozj")]
    [InlineData("/landelijk")]
    [InlineData("/account/tweestapsverificatie")]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page(string path)
    {
        using var browser = app.NewBrowser();

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/inloggen?ReturnUrl=", response.Headers.Location!.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task The_access_denied_page_is_Dutch_and_points_to_the_users_own_start_page()
    {
        var user = await app.NewUserAsync(Role.Landelijk);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        var html = await browser.GetPageAsync("/account/geen-toegang");

        Assert.Contains("U heeft met uw rol geen toegang tot deze pagina.", html);
        Assert.Contains("href=\"/landelijk\"", html);
    }

    [Fact]
    public async Task The_home_page_sends_a_signed_in_user_to_their_start_page()
    {
        var user = await app.NewUserAsync(Role.OZJ);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        using var response = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ozj", response.Headers.Location!.PathAndQueryOrOriginal());
    }
}
