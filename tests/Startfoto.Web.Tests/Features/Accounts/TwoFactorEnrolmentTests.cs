using System.Net;
using System.Text.RegularExpressions;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Accounts;

/// <summary>Enrolment: the page shows a QR code and the key; a code from that key switches 2FA on.</summary>
public sealed partial class TwoFactorEnrolmentTests(WebAppRequiringTwoFactor app) : IClassFixture<WebAppRequiringTwoFactor>
{
    async Task<TestUser> AdviseurAsync() => await app.NewUserAsync(Role.Regioadviseur, null, (await app.NewRegioAsync(1)).Code);

    [Fact]
    public async Task Enrolling_with_a_code_from_the_shown_key_opens_the_pages_and_shows_recovery_codes()
    {
        var user = await AdviseurAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);
        var enrolment = await browser.GetPageAsync("/account/tweestapsverificatie");
        var key = SharedKey().Match(enrolment).Groups[1].Value;

        using var verified = await browser.SubmitAsync("/account/tweestapsverificatie", "tweestaps-instellen",
            ("Input.Code", AuthenticatorApp.CodeFor(key)));

        Assert.Contains("<svg", enrolment);
        var html = WebUtility.HtmlDecode(await verified.Content.ReadAsStringAsync());
        Assert.Contains("Tweestapsverificatie staat nu aan.", html);
        Assert.Equal(10, RecoveryCode().Matches(html).Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/regio")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_does_not_switch_2FA_on()
    {
        var user = await AdviseurAsync();
        using var browser = app.NewBrowser();
        await browser.SignInAsync(user);

        using var response = await browser.SubmitAsync("/account/tweestapsverificatie", "tweestaps-instellen", ("Input.Code", "000000"));

        Assert.Contains("De code klopt niet.", await response.Content.ReadAsStringAsync());
        Assert.Equal("/account/tweestapsverificatie", (await browser.GetAsync("/regio")).Headers.Location?.PathAndQueryOrOriginal());
    }

    [GeneratedRegex("<kbd id=\"sleutel\">([^<]+)</kbd>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>[0-9A-Z]{5}-[0-9A-Z]{5}</code></li>")]
    private static partial Regex RecoveryCode();
}
