using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Features.Admin;

/// <summary>The indeling download behind the Beheerder page: only the Beheerder, in the CBS file format.</summary>
public sealed class IndelingApiTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task The_beheerder_downloads_a_year_as_csv_in_the_cbs_format()
    {
        var world = await World.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));

        using var response = await api.GetAsync($"/api/indeling/{WebApp.Year}/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("gemeentecode,gemeentenaam,jeugdregiocode,jeugdregionaam,provinciecode,provincienaam", lines[0]);
        Assert.Contains($"{world.OwnGemeente},Testgemeente {world.OwnGemeente},{world.Own.Code},{world.Own.Name},PV28,Zuid-Holland", lines);
    }

    [Fact]
    public async Task The_years_list_counts_each_years_jeugdregios_and_gemeenten()
    {
        await World.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));

        var years = await api.GetFromJsonAsync<JsonElement[]>("/api/indeling");

        var year = Assert.Single(years!, y => y.GetProperty("year").GetInt32() == WebApp.Year);
        Assert.True(year.GetProperty("gemeenten").GetInt32() >= 3);
        Assert.True(year.GetProperty("jeugdregios").GetInt32() >= 2);
    }

    [Fact]
    public async Task A_year_without_indeling_is_not_found_with_a_dutch_explanation()
    {
        using var api = await ApiClient.SignInAsync(app, await app.NewUserAsync(Role.Beheerder));

        using var response = await api.GetAsync("/api/indeling/2099/csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("2099", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Role.Regioadviseur)]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.OZJ)]
    [InlineData(Role.Landelijk)]
    public async Task Other_roles_may_not_download_or_list_the_indeling(string role)
    {
        var world = await World.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, await world.NewActorAsync(role));

        using var export = await api.GetAsync($"/api/indeling/{WebApp.Year}/csv");
        using var list = await api.GetAsync("/api/indeling");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (export.StatusCode, list.StatusCode));
    }

    [Fact]
    public async Task Without_login_the_indeling_api_answers_401()
    {
        using var anonymous = ApiClient.Anonymous(app);

        using var response = await anonymous.GetAsync($"/api/indeling/{WebApp.Year}/csv");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
