using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Invitations;

public sealed class InvitationValidationTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Bad_input_is_a_Dutch_validation_problem_naming_each_field()
    {
        await app.NewRegioAsync(1);
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));

        using var response = await api.PostAsJsonAsync("/api/invitations",
            new { email = "geen-adres", displayName = "", role = Role.Regioadviseur, jeugdregioCodes = new[] { "JZ98" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Vul een geldig e-mailadres in, zoals naam@gemeente.nl.", errors.GetProperty("email")[0].GetString());
        Assert.Equal("Vul de naam in (hoogstens 200 tekens).", errors.GetProperty("displayName")[0].GetString());
        Assert.Equal("Jeugdregio JZ98 staat niet in de indeling van 2024.", errors.GetProperty("jeugdregioCodes")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_role_is_reported_on_the_role_field()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));

        using var response = await api.PostAsJsonAsync("/api/invitations", InvitationApi.For("Koning"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Kies een rol", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("role")[0].GetString());
    }

    [Fact]
    public async Task An_email_address_that_already_has_an_account_cannot_be_invited()
    {
        var existing = await app.NewUserAsync(Role.OZJ);
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));

        using var response = await api.PostAsJsonAsync("/api/invitations",
            new { email = existing.Email.ToUpperInvariant(), displayName = "Dubbel", role = Role.OZJ });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Er bestaat al een account met dit e-mailadres.",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task A_second_open_invitation_for_the_same_address_is_refused()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));
        var email = $"dubbel-{Guid.NewGuid():N}@test.startfoto.nl";
        (await api.PostAsJsonAsync("/api/invitations", new { email, displayName = "Een", role = Role.OZJ })).Dispose();

        using var response = await api.PostAsJsonAsync("/api/invitations", new { email, displayName = "Twee", role = Role.Landelijk });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Voor dit e-mailadres staat al een open uitnodiging",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("email")[0].GetString());
    }
}
