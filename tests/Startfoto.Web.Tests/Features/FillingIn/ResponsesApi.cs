using System.Net.Http.Json;
using System.Text.Json;

namespace Startfoto.Web.Tests.Features.FillingIn;

/// <summary>The fill-in API as a client script calls it.</summary>
public static class ResponsesApi
{
    public static Task<HttpResponseMessage> GetAsync(HttpClient api, Guid response) => api.GetAsync($"/api/responses/{response}");

    public static Task<HttpResponseMessage> SaveAsync(HttpClient api, Guid response, params object[] answers) =>
        api.PutAsJsonAsync($"/api/responses/{response}/answers", new { answers });

    public static object Answer(string key, object? value, uint version = 0, string? comment = null) => new { key, value, comment, version };

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient api, Guid response) =>
        api.PostAsync($"/api/responses/{response}/submit", null);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The stored answer of a key from GET /api/responses/{id}, or null.</summary>
    public static async Task<JsonElement?> AnswerAsync(HttpClient api, Guid response, string key)
    {
        using var get = await GetAsync(api, response);
        var body = await JsonAsync(get);
        foreach (var answer in body.GetProperty("answers").EnumerateArray())
            if (answer.GetProperty("key").GetString() == key) return answer;
        return null;
    }

    /// <summary>Saves and returns the new version of each key.</summary>
    public static async Task<Dictionary<string, uint>> SavedAsync(HttpClient api, Guid response, params object[] answers)
    {
        using var save = await SaveAsync(api, response, answers);
        var body = await save.Content.ReadAsStringAsync();
        Assert.True(save.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("saved").EnumerateArray()
            .ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("version").GetUInt32());
    }
}
