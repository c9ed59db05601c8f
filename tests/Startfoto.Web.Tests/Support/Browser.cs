using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Startfoto.Web.Tests.Support;

/// <summary>
/// What a browser does with the static forms: GET the page, take its antiforgery token, POST the fields with the
/// form's name (Blazor's "_handler"). Keeps cookies; never follows redirects.
/// </summary>
public sealed partial class Browser(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
        return html;
    }

    public async Task<HttpResponseMessage> SubmitAsync(string url, string formName, params (string Name, string Value)[] fields)
    {
        var html = await GetPageAsync(url);
        Assert.Contains($"name=\"_handler\" value=\"{formName}\"", html);
        var token = AntiforgeryToken().Match(html).Groups[1].Value;
        var content = new FormUrlEncodedContent(
            [new("_handler", formName), new("__RequestVerificationToken", token), .. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))]);
        return await client.PostAsync(url, content);
    }

    public Task<HttpResponseMessage> LoginAsync(string email, string password, string url = "/account/inloggen") =>
        SubmitAsync(url, "inloggen", ("Input.Email", email), ("Input.Password", password));

    /// <summary>Signs in through the login form and returns where the app sends the user.</summary>
    public async Task<string> SignInAsync(TestUser user)
    {
        using var response = await LoginAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.PathAndQueryOrOriginal();
    }

    public Task<HttpResponseMessage> PostJsonAsync<T>(string url, T body) => client.PostAsJsonAsync(url, body);

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
