using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Startfoto.Web.Tests.Support;

/// <summary>The API as a script would use it: POST /api/auth/login, then the bearer token on every call.</summary>
public static class ApiClient
{
    public static HttpClient Anonymous(WebApp app) =>
        app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static async Task<HttpResponseMessage> LoginAsync(WebApp app, string email, string password, string? twoFactorCode = null)
    {
        using var client = Anonymous(app);
        return await client.PostAsJsonAsync("/api/auth/login", new { email, password, twoFactorCode });
    }

    public static async Task<HttpClient> SignInAsync(WebApp app, TestUser user, string? twoFactorCode = null)
    {
        using var response = await LoginAsync(app, user.Email, user.Password, twoFactorCode);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = Anonymous(app);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
