using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Features.FillingIn.ResponsesApi;

namespace Startfoto.Web.Tests.Features.FillingIn.Excel;

/// <summary>
/// The Excel endpoints as a script calls them, and the rows of <see cref="FillingInWorld"/>'s vragenlijst on the sheet:
/// team 2, reden 3, fte 4, reg.visie 5, partners 6; the answer in column F, the toelichting in G.
/// </summary>
static class ExcelRoundTrip
{
    public const int Team = 2, Reden = 3, Fte = 4, Visie = 5, Partners = 6;

    public static async Task<byte[]> DownloadAsync(HttpClient api, Guid response)
    {
        using var get = await api.GetAsync($"/api/responses/{response}/excel");
        Assert.True(get.StatusCode == HttpStatusCode.OK, $"{(int)get.StatusCode} {await get.Content.ReadAsStringAsync()}");
        return await get.Content.ReadAsByteArrayAsync();
    }

    public static Task<HttpResponseMessage> PreviewAsync(HttpClient api, Guid response, byte[] file, string fileName = "vragenlijst.xlsx") =>
        api.PostAsync($"/api/responses/{response}/excel/preview", Form(file, fileName, null));

    public static Task<HttpResponseMessage> ApplyAsync(HttpClient api, Guid response, byte[] file, string? token, string fileName = "vragenlijst.xlsx") =>
        api.PostAsync($"/api/responses/{response}/excel/apply", Form(file, fileName, token));

    /// <summary>Previews a file that must be valid and returns the preview's body.</summary>
    public static async Task<JsonElement> PreviewedAsync(HttpClient api, Guid response, byte[] file)
    {
        using var preview = await PreviewAsync(api, response, file);
        var body = await preview.Content.ReadAsStringAsync();
        Assert.True(preview.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The stored answers as GET /api/responses/{id} gives them, to compare before and after a refused upload.</summary>
    public static async Task<string> AnswersAsync(HttpClient api, Guid response)
    {
        using var get = await GetAsync(api, response);
        return (await JsonAsync(get)).GetProperty("answers").GetRawText();
    }

    /// <summary>Every problem of a 400 as (code, row).</summary>
    public static async Task<List<(string Code, int? Row)>> ProblemsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("problems").EnumerateArray().Select(p => (
            p.GetProperty("code").GetString()!, p.GetProperty("row").ValueKind == JsonValueKind.Number ? p.GetProperty("row").GetInt32() : (int?)null))];
    }

    /// <summary>The answers of a respondent before the file is edited: team ja with a toelichting, fte 12,5, regiovisie concept.</summary>
    public static Task<Dictionary<string, uint>> AnswerSomeAsync(HttpClient api, Guid response) =>
        SavedAsync(api, response, Answer("team", "ja", comment: "Sinds 2022"), Answer("fte", 12.5), Answer("reg.visie", "concept"));

    static MultipartFormDataContent Form(byte[] file, string fileName, string? token)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent { { content, "file", fileName } };
        if (token is not null) form.Add(new StringContent(token), "token");
        return form;
    }
}
