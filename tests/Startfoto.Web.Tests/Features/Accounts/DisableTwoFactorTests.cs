using System.Net;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Accounts;

/// <summary>With 2FA optional (the local demo), a user may switch it off again.</summary>
public sealed class DisableTwoFactorTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Switching_2FA_off_lets_the_password_alone_sign_in_again()
    {
        var user = await app.NewUserAsync(Role.OZJ);
        var key = await app.EnableTwoFactorAsync(user);
        using (var browser = app.NewBrowser())
        {
            var afterPassword = await browser.SignInAsync(user);
            (await browser.SubmitAsync(afterPassword, "inloggen-tweestaps", ("Input.Code", AuthenticatorApp.CodeFor(key)))).Dispose();

            using var off = await browser.SubmitAsync("/account/tweestapsverificatie/uitzetten", "tweestaps-uitzetten");

            Assert.Contains("Tweestapsverificatie staat nu uit.", await off.Content.ReadAsStringAsync());
        }
        using var again = app.NewBrowser();

        Assert.Equal("/ozj", await again.SignInAsync(user));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/ozj")).StatusCode);
    }
}
