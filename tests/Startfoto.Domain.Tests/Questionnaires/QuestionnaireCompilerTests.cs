using Startfoto.Domain.Problems;
using Startfoto.Domain.Questionnaires;
using Startfoto.Domain.Tests.Expressions;
using static Startfoto.Domain.Tests.Questionnaires.QuestionnaireFixture;

namespace Startfoto.Domain.Tests.Questionnaires;

public sealed class QuestionnaireCompilerTests
{
    const string Others = """
        { "key": "a", "type": "singleChoice", "label": "A", "options": "jn" },
        { "key": "n", "type": "number", "label": "N", "min": 0, "max": 10 },
        { "key": "m", "type": "multipleChoice", "label": "M", "options": [ { "value": "x", "label": "X" }, { "value": "y", "label": "Y" } ] },
        { "key": "d", "type": "date", "label": "D" }
        """;

    [Theory]
    [InlineData("visibleWhen", "${a} = 'ja' and [)]", "EXPR001")]
    [InlineData("visibleWhen", "${a} = 'ja' or [${onbekend}] > 1", "EXPR002")]
    [InlineData("visibleWhen", "[${n} + 1]", "EXPR005")]
    [InlineData("visibleWhen", "[${d}]", "EXPR005")]
    [InlineData("visibleWhen", "${a} = ['misschien']", "EXPR006")]
    [InlineData("visibleWhen", "[.] = 'ja'", "EXPR007")]
    [InlineData("constraint", ". <= [${onbekend}]", "EXPR002")]
    [InlineData("constraint", ". > ['veel']", "EXPR005")]
    [InlineData("constraint", "[. * 2]", "EXPR005")]
    [InlineData("constraint", "selected([${n}], 'x')", "EXPR005")]
    [InlineData("calculation", "${n} * [${onbekend}]", "EXPR002")]
    [InlineData("calculation", "[.] + 1", "EXPR009")]
    public void Reports_an_expression_problem_at_its_question_and_position(string property, string marked, string code)
    {
        var (source, span) = ExpressionFixture.Unmark(marked);
        var question = property == "calculation"
            ? $$"""{ "key": "q", "type": "calculated", "calculation": "{{source}}" }"""
            : $$"""{ "key": "q", "type": "number", "label": "Q", "{{property}}": "{{source}}" }""";

        var problem = Assert.Single(Compile($"{Others}, {question}").Problems);

        Assert.Equal((code, new Location(File: "demo.json", Key: "q", Span: span)), (problem.Code, problem.At));
    }

    [Theory]
    [InlineData("""{ "key": "a", "type": "shortText", "label": "A" }, { "key": "a", "type": "longText", "label": "B" }""", "Q007", "a")]
    [InlineData("""{ "key": "m", "type": "matrix", "label": "M", "options": "jn", "rows": [ { "key": "r", "label": "R" } ] }, { "key": "m.r", "type": "shortText", "label": "X" }""", "Q007", "m.r")]
    [InlineData("""{ "key": "a", "type": "singleChoice", "label": "A" }""", "Q009", "a")]
    [InlineData("""{ "key": "a", "type": "shortText", "label": "A", "theme": "t9" }""", "Q008", "a")]
    [InlineData("""{ "key": "a", "type": "calculated" }""", "Q012", "a")]
    public void Reports_a_structure_problem_at_its_key(string questions, string code, string key)
    {
        var problem = Assert.Single(Compile(questions).Problems);

        Assert.Equal((code, "demo.json", key), (problem.Code, problem.At.File, problem.At.Key));
    }

    [Fact]
    public void Reports_every_problem_not_just_the_first()
    {
        var result = Compile("""
            { "key": "a", "type": "shortText", "label": "A", "visibleWhen": "${x} = 1" },
            { "key": "b", "type": "number", "label": "B", "constraint": ". > 'veel'", "theme": "t9" },
            { "key": "c", "type": "calculated", "calculation": "1 +" }
            """);

        Assert.Equal([("EXPR002", "a"), ("Q008", "b"), ("EXPR005", "b"), ("EXPR001", "c")],
            result.Problems.Select(p => (p.Code, p.At.Key!)).OrderBy(p => p.Item2));
    }

    [Fact]
    public void A_problem_in_a_section_condition_is_located_at_the_section()
    {
        var result = QuestionnaireCompiler.Compile(Definition(
            ("""{ "key": "a", "type": "singleChoice", "label": "A", "options": "jn" }""", null),
            ("""{ "key": "b", "type": "shortText", "label": "B" }""", "${a} = 'ja' or ${c} = 'ja'")), "demo.json");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("EXPR002", new Location(File: "demo.json", Key: "s2", Span: new TextSpan(15, 4))), (problem.Code, problem.At));
    }

    [Fact]
    public void A_circular_calculation_is_reported_at_the_reference_that_closes_the_circle()
    {
        var result = Compile("""
            { "key": "x", "type": "calculated", "calculation": "${y} + 1" },
            { "key": "y", "type": "calculated", "calculation": "${z} * 2" },
            { "key": "z", "type": "calculated", "calculation": "1 + ${x}" }
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("EXPR009", "z", new TextSpan(4, 4)), (problem.Code, problem.At.Key, problem.At.Span));
        Assert.Contains("x → y → z → x", problem.Message);
    }

    [Theory]
    [InlineData("""{ "key": "a", "type": "singleChoice", "label": "A", "options": "jn", "visibleWhen": "${b} = 'ja'" }, { "key": "b", "type": "singleChoice", "label": "B", "options": "jn", "visibleWhen": "${a} = 'ja'" }""", null)]
    [InlineData("""{ "key": "a", "type": "singleChoice", "label": "A", "options": "jn" }""", "${a} = 'ja'")]
    [InlineData("""{ "key": "a", "type": "singleChoice", "label": "A", "options": "jn" }, { "key": "c", "type": "calculated", "calculation": "${a}" }""", "${c} = 'ja'")]
    public void Visibility_that_depends_on_itself_is_a_cycle_as_in_javarosa(string questions, string? sectionVisibleWhen)
    {
        var result = QuestionnaireCompiler.Compile(Definition((questions, sectionVisibleWhen)), "demo.json");

        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.Equal(("EXPR009", "Kringverwijzing in zichtbaarheid"), (p.Code, p.Message[..32])));
    }

    [Fact]
    public void Slots_are_the_questions_with_a_slot_per_matrix_row_and_calculations_in_dependency_order()
    {
        var questionnaire = Compiled("""
            { "key": "totaal", "type": "calculated", "calculation": "${dubbel} + 1" },
            { "key": "m", "type": "matrix", "label": "M", "options": "jn", "rows": [ { "key": "r1", "label": "R1" }, { "key": "r2", "label": "R2" } ] },
            { "key": "dubbel", "type": "calculated", "calculation": "${n} * 2" },
            { "key": "n", "type": "number", "label": "N", "decimals": 1 }
            """);

        Assert.Equal(["totaal", "m.r1", "m.r2", "dubbel", "n"], questionnaire.Slots.Select(s => s.Key));
        Assert.Equal(["dubbel", "totaal"], questionnaire.CalculationOrder.AsEnumerable());
        Assert.True(questionnaire.Scope.TryFind("n", out var n) && n.Type == Domain.Expressions.AnswerType.Decimal);
    }
}
