using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Questionnaires.Json;
using Startfoto.Infrastructure.Questionnaires.XlsForm;
using static Startfoto.Infrastructure.Tests.Questionnaires.XlsForm.XlsFormFixture;

namespace Startfoto.Infrastructure.Tests.Questionnaires;

/// <summary>
/// Every definition the app can hold reads back equal from the JSON it is stored as: the shipped JSON files and each
/// public XLSForm example that imports. Here, not in Domain.Tests, because the examples need the XLSForm reader.
/// </summary>
public sealed class QuestionnaireJsonWriterRoundTripTests
{
    public static TheoryData<string> Shipped() => ["startfoto.json", "robuustheidsscan.json"];

    public static TheoryData<string> ImportingExamples() => [.. Directory.GetFiles(Examples, "*.xlsx")
        .Where(f => XlsFormReader.Read(File.ReadAllBytes(f), Path.GetFileName(f)).Ok).Select(f => Path.GetFileName(f)!).Order()];

    static void AssertRoundTrip(QuestionnaireDefinition definition)
    {
        var json = QuestionnaireJsonWriter.Write(definition);

        var read = QuestionnaireJsonReader.Read(json, "geschreven.json");
        Assert.True(read.Ok, string.Join("\n", read.Problems));
        Assert.Equal(Describe(definition), Describe(read.Value!));
        Assert.True(QuestionnaireCompiler.Compile(read.Value!, "geschreven.json").Ok);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void A_shipped_definition_reads_back_equal_from_its_written_json(string file)
    {
        var read = QuestionnaireJsonReader.Read(File.ReadAllText(Path.Combine(QuestionnairesFolder, file)), file);
        Assert.True(read.Ok, string.Join("\n", read.Problems));

        AssertRoundTrip(read.Value!);
    }

    [Theory]
    [MemberData(nameof(ImportingExamples))]
    public void An_imported_example_form_reads_back_equal_from_its_written_json(string file)
    {
        AssertRoundTrip(XlsFormReader.Read(File.ReadAllBytes(Path.Combine(Examples, file)), file).Value!);
    }

    [Fact]
    public void Some_example_forms_import_so_the_examples_are_tested_at_all() => Assert.True(ImportingExamples().Count >= 3);

    [Fact]
    public void The_shipped_option_sets_stay_shared_under_the_name_of_their_first_question()
    {
        var definition = QuestionnaireJsonReader.Read(File.ReadAllText(Path.Combine(QuestionnairesFolder, "startfoto.json")), "startfoto.json").Value!;

        var json = QuestionnaireJsonWriter.Write(definition);

        var maturity = definition.Questions.First(q => q.Type == QuestionType.Maturity);
        Assert.Contains($"\"options\": \"{maturity.Key}\"", json, StringComparison.Ordinal);
    }
}
