using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Startfoto.Web.Tests.Support;

/// <summary>Creating invitations through the API, as the pages' operation does.</summary>
public static class InvitationApi
{
    public static object For(string role, string? gemeenteCode = null, params string[] jeugdregioCodes) => new
    {
        email = $"genodigde-{Guid.NewGuid():N}@test.startfoto.nl",
        displayName = "Nieuwe Collega",
        role,
        gemeenteCode,
        jeugdregioCodes,
    };

    public static async Task<(Guid Id, string Token)> CreateAsync(HttpClient api, object invitation)
    {
        using var response = await api.PostAsJsonAsync("/api/invitations", invitation);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var link = body.GetProperty("link").GetString()!;
        return (body.GetProperty("id").GetGuid(), link[(link.LastIndexOf('/') + 1)..]);
    }

    public static async Task<IReadOnlyList<JsonElement>> ListAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement[]>("/api/invitations"))!;
}
