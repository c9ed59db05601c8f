using System.Text.Json;
using System.Text.Json.Nodes;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Questionnaires.Registration;
using Startfoto.Infrastructure.Questionnaires.XlsForm;
using Startfoto.TestSupport;
using static Startfoto.Infrastructure.Tests.Questionnaires.TestDefinitions;
using static Startfoto.Infrastructure.Tests.Questionnaires.XlsForm.XlsFormFixture;

namespace Startfoto.Infrastructure.Tests.Questionnaires;

[Collection(nameof(RegistrationDb))]
public sealed class QuestionnaireRegistryTests(PostgresDatabase database)
{
    readonly QuestionnaireRegistry registry = QuestionnaireRegistry.ForConnectionString(database.ConnectionString);

    Task<Domain.Problems.Result<Registration>> RegisterAsync(string json, string source = DefinitionSource.File, string file = "test.json") =>
        registry.RegisterAsync(Bytes(json), file, source, by: null, default);

    [Fact]
    public async Task A_new_key_and_version_is_stored_with_its_json_and_hash()
    {
        var key = NewKey();

        var result = await RegisterAsync(Json(key, title: "Nieuwe lijst"));

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(RegistrationOutcome.Registered, result.Value!.Outcome);
        var stored = (await StoredAsync(database, key))!;
        Assert.Equal(("Nieuwe lijst", InstrumentKind.Other, QuestionnaireLevel.Gemeente, DefinitionSource.File, "test.json"),
            (stored.Title, stored.Kind, stored.Level, stored.Source, stored.FileName));
        Assert.Equal(DefinitionJson.Hash(Json(key, title: "Nieuwe lijst")), stored.ContentHash);
        Assert.Equal(64, stored.ContentHash.Length);
        Assert.Equal(key, JsonDocument.Parse(stored.Definition).RootElement.GetProperty("key").GetString());
    }

    [Fact]
    public async Task The_same_file_twice_changes_nothing()
    {
        var key = NewKey();
        await RegisterAsync(Json(key));
        var before = await StoredAsync(database, key);

        var again = await RegisterAsync(Json(key).Replace("\n", "\n  ", StringComparison.Ordinal)); // reformatted only

        Assert.Equal(RegistrationOutcome.Unchanged, again.Value!.Outcome);
        Assert.Equivalent(before, await StoredAsync(database, key));
    }

    [Fact]
    public async Task A_changed_file_of_a_version_with_responses_is_refused_and_nothing_changes()
    {
        var key = NewKey();
        await RegisterAsync(Json(key));
        await AddResponseAsync(database, key);
        var before = await StoredAsync(database, key);

        var changed = await RegisterAsync(Json(key, label: "Hoeveel precies?"), DefinitionSource.Upload);

        var problem = Assert.Single(changed.Problems);
        Assert.Equal("REG001", problem.Code);
        Assert.Equal($"Versie 1 van '{key}' heeft al antwoorden en kan niet meer veranderen; verhoog de versie.", problem.Message);
        Assert.Equal("test.json", problem.At.File);
        Assert.Equivalent(before, await StoredAsync(database, key));
    }

    [Fact]
    public async Task A_raised_version_of_an_answered_instrument_is_registered_next_to_it()
    {
        var key = NewKey();
        await RegisterAsync(Json(key));
        await AddResponseAsync(database, key);

        var raised = await RegisterAsync(Json(key, version: 2, label: "Hoeveel precies?"));

        Assert.Equal(RegistrationOutcome.Registered, raised.Value!.Outcome);
        Assert.Equal([2, 1], (await registry.ListAsync(default)).Where(v => v.Key == key).Select(v => v.Version));
    }

    [Fact]
    public async Task A_changed_file_of_a_version_without_responses_replaces_it_and_says_so()
    {
        var key = NewKey();
        await RegisterAsync(Json(key));

        var changed = await RegisterAsync(Json(key, title: "Verbeterde titel"), file: "verbeterd.json");

        Assert.Equal(RegistrationOutcome.Replaced, changed.Value!.Outcome);
        Assert.Contains("is vervangen", changed.Value.Message, StringComparison.Ordinal);
        var stored = (await StoredAsync(database, key))!;
        Assert.Equal(("Verbeterde titel", "verbeterd.json"), (stored.Title, stored.FileName));
        Assert.Equal(DefinitionJson.Hash(Json(key, title: "Verbeterde titel")), stored.ContentHash);
    }

    [Fact]
    public async Task A_file_in_the_folder_never_replaces_an_uploaded_version()
    {
        var key = NewKey();
        await RegisterAsync(Json(key, title: "Geüpload"), DefinitionSource.Upload);

        var fromFolder = await RegisterAsync(Json(key, title: "Uit de map"), DefinitionSource.File);

        Assert.Equal("REG002", Assert.Single(fromFolder.Problems).Code);
        Assert.Equal("Geüpload", (await StoredAsync(database, key))!.Title);
    }

    [Fact]
    public async Task An_invalid_definition_gives_every_problem_located_and_stores_nothing()
    {
        var key = NewKey();

        var result = await RegisterAsync(Broken(key), file: "kapot.json");

        Assert.False(result.Ok);
        Assert.All(result.Problems, p => Assert.Equal("kapot.json", p.At.File));
        Assert.Contains(result.Problems, p => p.Code == "Q007" && p.At.Key == "a");
        Assert.Contains(result.Problems, p => p.Code == "EXPR002" && p.At.Key == "a" && p.At.Span is not null);
        Assert.Null(await StoredAsync(database, key));
    }

    [Theory]
    [InlineData("", "REG005")]
    [InlineData("{ \"key\": ", "Q001")]
    public async Task An_empty_or_unreadable_file_is_a_problem_not_an_exception(string content, string code)
    {
        var result = await RegisterAsync(content);

        Assert.Equal(code, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task Version_zero_cannot_be_registered()
    {
        var key = NewKey();

        var result = await RegisterAsync(Json(key, version: 0));

        Assert.Equal(("REG008", "version"), (Assert.Single(result.Problems).Code, result.Problems[0].At.Key));
        Assert.Null(await StoredAsync(database, key, 0));
    }

    [Fact]
    public async Task An_uploaded_xlsform_is_stored_as_the_json_of_the_definition_it_reads_to()
    {
        var key = NewKey();
        var workbook = Workbook(("survey", """
                | type        | name   | label    | relevant      |
                | begin group | s1     | Sectie   |               |
                | integer     | aantal | Hoeveel? |               |
                | text        | reden  | Waarom?  | ${aantal} > 2 |
                | end group   | s1     |          |               |
                """), ("settings", $"""
                | form_id | version | form_title | kind  | level    |
                | {key}   | 1       | Uit Excel  | other | gemeente |
                """));

        var result = await registry.RegisterAsync(workbook, "lijst.xlsx", DefinitionSource.Upload, null, default);

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal((RegistrationOutcome.Registered, "Uit Excel"), (result.Value!.Outcome, result.Value.Title));
        var written = QuestionnaireJsonWriter.Write(XlsFormReader.Read(workbook, "lijst.xlsx").Value!);
        var stored = (await StoredAsync(database, key))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(stored.Definition)), stored.Definition);
        Assert.Equal((DefinitionJson.Hash(written), "lijst.xlsx"), (stored.ContentHash, stored.FileName));
        Assert.True((await registry.LoadAsync(key, 1, default))!.Ok);
        Assert.Equal(RegistrationOutcome.Unchanged,
            (await registry.RegisterAsync(workbook, "lijst.xlsx", DefinitionSource.Upload, null, default)).Value!.Outcome);
    }

    [Fact]
    public async Task A_broken_xlsform_gives_its_problems_at_sheet_row_and_column_and_stores_nothing()
    {
        var key = NewKey();
        var workbook = Workbook(("survey", """
                | type     | name   | label    | relevant         |
                | integer  | aantal | Hoeveel? |                  |
                | text     | reden  | Waarom?  | ${onbekend} > 2  |
                | geopoint | plek   | Waar?    |                  |
                """), ("settings", $"""
                | form_id | version | form_title |
                | {key}   | 1       | Kapot      |
                """));

        var result = await registry.RegisterAsync(workbook, "kapot.xlsx", DefinitionSource.Upload, null, default);

        Assert.False(result.Ok);
        Assert.All(result.Problems, p => Assert.Equal(("kapot.xlsx", "survey"), (p.At.File, p.At.Sheet)));
        Assert.Contains(result.Problems, p => (p.Code, p.At.Row, p.At.Column) == ("XLS009", 4, "type"));
        Assert.Null(await StoredAsync(database, key));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0 }, "lijst.xlsx", "XLS003")]
    [InlineData(new byte[] { 0x7B, 0x7D }, "lijst.xlsx", "XLS002")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }, "lijst.xls", "XLS002")]
    public async Task A_damaged_or_false_workbook_is_reported_by_the_xlsform_reader(byte[] content, string file, string code)
    {
        var result = await registry.RegisterAsync(content, file, DefinitionSource.Upload, null, default);

        Assert.Equal((code, file), (Assert.Single(result.Problems).Code, result.Problems[0].At.File));
    }

    [Fact]
    public async Task The_list_counts_responses_per_version_and_the_json_comes_back_readable()
    {
        var key = NewKey();
        await RegisterAsync(Json(key));
        await AddResponseAsync(database, key);
        await AddResponseAsync(database, key);

        var row = Assert.Single(await registry.ListAsync(default), v => v.Key == key);
        var json = await registry.GetJsonAsync(key, 1, default);

        Assert.Equal(2, row.Responses);
        Assert.Contains("\n", json!, StringComparison.Ordinal);
        Assert.Equal(row.ContentHash, DefinitionJson.Hash(json!));
        Assert.Null(await registry.GetJsonAsync(key, 9, default));
        Assert.True((await registry.LoadAsync(key, 1, default))!.Ok);
    }
}
