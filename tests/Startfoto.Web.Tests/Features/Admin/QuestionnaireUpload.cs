using System.Net.Http.Headers;
using System.Text;

namespace Startfoto.Web.Tests.Features.Admin;

/// <summary>POST /api/questionnaires as a script sends it: a file as multipart, or the JSON itself as the body.</summary>
static class QuestionnaireUpload
{
    public static Task<HttpResponseMessage> FileAsync(HttpClient api, string content, string fileName = "lijst.json") =>
        FileAsync(api, Encoding.UTF8.GetBytes(content), fileName);

    public static async Task<HttpResponseMessage> FileAsync(HttpClient api, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await api.PostAsync("/api/questionnaires", form);
    }

    public static async Task<HttpResponseMessage> BodyAsync(HttpClient api, string json)
    {
        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        return await api.PostAsync("/api/questionnaires?fileName=body.json", body);
    }
}
