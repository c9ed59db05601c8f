using Startfoto.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Startfoto.Domain.Accounts;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Data;
using Startfoto.Infrastructure.Questionnaires.XlsForm;
using Startfoto.Web.Features.Admin;
using Startfoto.Web.Tests.Support;
using static Startfoto.Web.Tests.Support.Definitions;

namespace Startfoto.Web.Tests.Features.Admin;

/// <summary>The registry behind the Beheerder page: list, download and upload, only for the Beheerder.</summary>
public sealed class QuestionnairesApiTests(WebAppWithQuestionnaireFolder app) : IClassFixture<WebAppWithQuestionnaireFolder>
{
    Task<HttpClient> BeheerderAsync() => app.NewUserAsync(Role.Beheerder).ContinueWith(u => ApiClient.SignInAsync(app, u.Result)).Unwrap();

    [Fact]
    public async Task The_valid_file_of_the_folder_is_listed_after_start_up()
    {
        using var api = await BeheerderAsync();

        var versions = await api.GetFromJsonAsync<JsonElement[]>("/api/questionnaires");

        var row = Assert.Single(versions!, v => v.GetProperty("key").GetString() == WebAppWithQuestionnaireFolder.ValidKey);
        Assert.Equal((1, "bestand", "geldig.json", 0), (row.GetProperty("version").GetInt32(), row.GetProperty("source").GetString(),
            row.GetProperty("fileName").GetString(), row.GetProperty("responses").GetInt32()));
        Assert.DoesNotContain(versions!, v => v.GetProperty("key").GetString() == "webtest_kapot");
    }

    [Fact]
    public async Task The_beheerder_downloads_a_version_as_json()
    {
        using var api = await BeheerderAsync();

        using var response = await api.GetAsync($"/api/questionnaires/{WebAppWithQuestionnaireFolder.ValidKey}/1/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{WebAppWithQuestionnaireFolder.ValidKey}-v1.json", response.Content.Headers.ContentDisposition?.FileName);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((WebAppWithQuestionnaireFolder.ValidKey, 1), (json.GetProperty("key").GetString(), json.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task A_version_that_does_not_exist_is_not_found_with_a_dutch_explanation()
    {
        using var api = await BeheerderAsync();

        using var response = await api.GetAsync("/api/questionnaires/bestaat_niet/3/json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Versie 3 van 'bestaat_niet' is niet geregistreerd.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_uploaded_file_is_registered_once_and_the_same_file_again_changes_nothing()
    {
        using var api = await BeheerderAsync();
        var key = NewKey();

        using var first = await QuestionnaireUpload.FileAsync(api, Json(key), "nieuw.json");
        using var again = await QuestionnaireUpload.FileAsync(api, Json(key), "nieuw.json");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal($"/api/questionnaires/{key}/1/json", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Unchanged", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
        var versions = await api.GetFromJsonAsync<JsonElement[]>("/api/questionnaires");
        Assert.Equal("upload", Assert.Single(versions!, v => v.GetProperty("key").GetString() == key).GetProperty("source").GetString());
    }

    [Fact]
    public async Task The_json_itself_can_be_the_request_body()
    {
        using var api = await BeheerderAsync();
        var key = NewKey();

        using var response = await QuestionnaireUpload.BodyAsync(api, Json(key));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("body.json", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task A_broken_definition_is_refused_with_every_problem_at_its_location_and_nothing_stored()
    {
        using var api = await BeheerderAsync();
        var key = NewKey();

        using var response = await QuestionnaireUpload.FileAsync(api, Broken(key), "kapot.json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("a", out _) && errors.EnumerateObject().Any(e => e.Name.StartsWith("a, positie ", StringComparison.Ordinal)),
            errors.ToString());
        var problems = problem.GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("code").GetString() == "Q007" && p.GetProperty("key").GetString() == "a");
        Assert.Contains(problems, p => p.GetProperty("code").GetString() == "EXPR002" && p.GetProperty("position").GetInt32() > 0);
        Assert.All(problems, p => Assert.Equal("kapot.json", p.GetProperty("file").GetString()));
        var versions = await api.GetFromJsonAsync<JsonElement[]>("/api/questionnaires");
        Assert.DoesNotContain(versions!, v => v.GetProperty("key").GetString() == key);
    }

    [Fact]
    public async Task A_changed_version_with_responses_is_refused_with_the_advice_to_raise_the_version()
    {
        using var api = await BeheerderAsync();
        var key = NewKey();
        using (await QuestionnaireUpload.FileAsync(api, Json(key))) { }
        var regio = await app.NewRegioAsync(1);
        await using (var db = app.CreateDb())
        {
            await TestResponses.AddAsync(db, WebApp.Year, regio.Gemeenten[0], key);
        }

        using var response = await QuestionnaireUpload.FileAsync(api, Json(key, title: "Andere titel"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal($"Versie 1 van '{key}' heeft al antwoorden en kan niet meer veranderen; verhoog de versie.",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var json = await api.GetStringAsync($"/api/questionnaires/{key}/1/json");
        Assert.Contains("\"Testlijst\"", json);
    }

    [Fact]
    public async Task The_beheerder_downloads_a_version_as_xlsform_that_reads_back_to_the_same_definition()
    {
        using var api = await BeheerderAsync();
        var key = WebAppWithQuestionnaireFolder.ValidKey;

        using var response = await api.GetAsync($"/api/questionnaires/{key}/1/xlsform");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(QuestionnairesApi.XlsFormContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{key}-v1.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        var fromWorkbook = XlsFormReader.Read(await response.Content.ReadAsByteArrayAsync(), $"{key}-v1.xlsx");
        Assert.True(fromWorkbook.Ok, string.Join("\n", fromWorkbook.Problems));
        var stored = QuestionnaireJsonReader.Read(await api.GetStringAsync($"/api/questionnaires/{key}/1/json"), "v1.json").Value!;
        Assert.Equal(QuestionnaireJsonWriter.Write(stored), QuestionnaireJsonWriter.Write(fromWorkbook.Value!));
        using var missing = await api.GetAsync("/api/questionnaires/bestaat_niet/3/xlsform");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_xlsform_upload_is_registered_and_comes_back_as_json()
    {
        using var api = await BeheerderAsync();
        var key = NewKey();

        using var response = await QuestionnaireUpload.FileAsync(api, Workbook(Json(key, title: "Uit Excel")), "lijst.xlsx");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registration = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("lijst.xlsx", "Uit Excel"), (registration.GetProperty("fileName").GetString(), registration.GetProperty("title").GetString()));
        var json = JsonDocument.Parse(await api.GetStringAsync($"/api/questionnaires/{key}/1/json")).RootElement;
        Assert.Equal("aantal", json.GetProperty("sections")[0].GetProperty("questions")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_broken_xlsform_is_refused_with_its_problems_at_sheet_row_and_column_and_nothing_stored()
    {
        using var api = await BeheerderAsync();
        var key = NewKey();

        using var response = await QuestionnaireUpload.FileAsync(api, Workbook(Broken(key)), "kapot.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var problems = problem.GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("code").GetString() == "EXPR002"
            && (p.GetProperty("sheet").GetString(), p.GetProperty("column").GetString()) == ("survey", "relevant") && p.GetProperty("row").GetInt32() > 1);
        Assert.All(problems, p => Assert.Equal(("kapot.xlsx", "survey"), (p.GetProperty("file").GetString(), p.GetProperty("sheet").GetString())));
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("survey, rij ", StringComparison.Ordinal));
        await using var db = app.CreateDb();
        Assert.False(db.QuestionnaireVersions.Any(v => v.Key == key));
    }

    [Fact]
    public async Task The_preview_lists_per_key_what_moves_between_two_versions()
    {
        using var api = await BeheerderAsync();
        var key = NewKey();
        using (await QuestionnaireUpload.FileAsync(api, Json(key))) { }
        using (await QuestionnaireUpload.FileAsync(api, Json(key, 2, extraQuestion: """, { "key": "nieuw", "type": "shortText", "label": "Nieuw" }"""))) { }

        var rows = await api.GetFromJsonAsync<JsonElement[]>($"/api/questionnaires/{key}/changes?from=1&to=2");

        Assert.Equal([("aantal", "Kept"), ("nieuw", "Added")],
            rows!.Select(r => (r.GetProperty("key").GetString(), r.GetProperty("change").GetString())));
    }

    [Theory]
    [InlineData(Role.Regioadviseur)]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.OZJ)]
    [InlineData(Role.Landelijk)]
    public async Task Other_roles_may_not_list_download_or_upload(string role)
    {
        var world = await World.CreateAsync(app);
        using var api = await ApiClient.SignInAsync(app, await world.NewActorAsync(role));
        var key = NewKey();

        using var list = await api.GetAsync("/api/questionnaires");
        using var download = await api.GetAsync($"/api/questionnaires/{WebAppWithQuestionnaireFolder.ValidKey}/1/json");
        using var workbook = await api.GetAsync($"/api/questionnaires/{WebAppWithQuestionnaireFolder.ValidKey}/1/xlsform");
        using var upload = await QuestionnaireUpload.FileAsync(api, Json(key));
        using var changes = await api.GetAsync($"/api/questionnaires/{key}/changes?from=1&to=2");

        Assert.All(new[] { list.StatusCode, download.StatusCode, workbook.StatusCode, upload.StatusCode, changes.StatusCode },
            status => Assert.Equal(HttpStatusCode.Forbidden, status));
        await using var db = app.CreateDb();
        Assert.False(db.QuestionnaireVersions.Any(v => v.Key == key));
    }

    [Fact]
    public async Task Without_login_the_questionnaires_api_answers_401()
    {
        using var anonymous = ApiClient.Anonymous(app);

        using var response = await QuestionnaireUpload.BodyAsync(anonymous, Json(NewKey()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
