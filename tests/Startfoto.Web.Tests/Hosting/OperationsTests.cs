using System.Net;
using Startfoto.Web.Tests.Support;

namespace Startfoto.Web.Tests.Hosting;

public sealed class OperationsTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_without_signing_in(string path)
    {
        using var client = ApiClient.Anonymous(app);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/account/inloggen")]
    [InlineData("/api/me")]
    [InlineData("/health/live")]
    [InlineData("/bestaat-niet")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = ApiClient.Anonymous(app);

        using var response = await client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }

    [Fact]
    public async Task An_unknown_page_gets_a_Dutch_not_found_page()
    {
        using var client = ApiClient.Anonymous(app);

        using var response = await client.GetAsync("/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_answers_401_instead_of_redirecting_to_the_login_page()
    {
        using var client = ApiClient.Anonymous(app);

        using var response = await client.GetAsync("/api/invitations");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api()
    {
        using var client = ApiClient.Anonymous(app);

        var json = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/auth/login\"", json);
        Assert.Contains("\"/api/gemeenten/{year}/{code}/contacts\"", json);
        Assert.Contains("\"/api/invitations/{id}\"", json);
        foreach (var route in new[] { "/api/rounds", "/api/rounds/{id}/progress", "/api/responses/{id}", "/api/responses/{id}/answers",
                     "/api/responses/{id}/submit", "/api/responses/{id}/approve", "/api/responses/{id}/reopen", "/api/responses/{id}/history",
                     "/api/responses/{id}/excel", "/api/responses/{id}/excel/preview", "/api/responses/{id}/excel/apply" })
            Assert.Contains($"\"{route}\"", json);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var conflict = document.RootElement.GetProperty("paths").GetProperty("/api/responses/{id}/answers").GetProperty("put").GetProperty("responses");
        Assert.True(conflict.TryGetProperty("409", out _), "a save documents its conflict");
        var paths = document.RootElement.GetProperty("paths");
        foreach (var (route, method) in new[] { ("/api/responses/{id}/score", "get"), ("/api/responses/{id}/tier", "post"),
                     ("/api/scoring", "get"), ("/api/scoring/recomputations/{id}", "get"), ("/api/scoring/rules/{key}/{version}", "post") })
            Assert.Contains(" ", paths.GetProperty(route).GetProperty(method).GetProperty("summary").GetString()); // a Dutch sentence
        Assert.StartsWith("De uitslag van een respons", paths.GetProperty("/api/responses/{id}/score").GetProperty("get").GetProperty("summary").GetString());
        Assert.True(paths.GetProperty("/api/responses/{id}/tier").GetProperty("post").GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task The_Scalar_api_reference_is_served()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync("/scalar/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Startfoto API", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_about_page_shows_the_CBS_attribution_to_anyone()
    {
        using var browser = app.NewBrowser();

        var html = await browser.GetPageAsync("/over");

        Assert.Contains("Bron: Centraal Bureau voor de Statistiek (CBS), CBS Gebiedsindelingen 2024 en 2025 (via PDOK), CC BY 4.0. " +
            "Bewerkt: vereenvoudigd (cartomap/nl), jeugdregio-indeling per gemeente afgeleid door overlay, jeugdregio's " +
            "samengesteld uit gemeenten, omgezet naar WGS84.", html);
    }
}
