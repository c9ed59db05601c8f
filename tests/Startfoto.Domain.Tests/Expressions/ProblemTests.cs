using Startfoto.Domain.Expressions;
using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Tests.Expressions;

/// <summary>Each row marks with [ ] the exact span the problem must point at (the first '[' to the last ']').</summary>
public sealed class ProblemTests
{
    [Theory]
    // EXPR001 bad syntax
    [InlineData("1 + [$naam]", "EXPR001")]
    [InlineData("[${}]", "EXPR001")]
    [InlineData("[${1a}] + 1", "EXPR001")]
    [InlineData("[${naam + 1]", "EXPR001")]
    [InlineData("concat([\"open)]", "EXPR001")]
    [InlineData("1 + [*] 2", "EXPR001")]
    [InlineData("(1 + 2[]", "EXPR001")]
    [InlineData("max(1, 2[]", "EXPR001")]
    [InlineData("[]", "EXPR001")]
    [InlineData("1 [/] 2", "EXPR001")]
    [InlineData("1 = [=] 1", "EXPR001")]
    [InlineData("[naam] = 'x'", "EXPR001")]
    [InlineData("1 + [2.3.4]", "EXPR001")]
    [InlineData("1 [2]", "EXPR001")]
    [InlineData("if(true() [1], 2)", "EXPR001")]
    // EXPR002 unknown reference
    [InlineData("${a} + [${onbekend}]", "EXPR002")]
    [InlineData("if([${Naam}] = '', 1, 2)", "EXPR002")]
    // EXPR003 unknown function
    [InlineData("[onbekend](1)", "EXPR003")]
    [InlineData("1 + [count_selected](${hobbys})", "EXPR003")]
    // EXPR004 wrong number of arguments
    [InlineData("[round(1, 2, 3)]", "EXPR004")]
    [InlineData("[if(true(), 1)]", "EXPR004")]
    [InlineData("[today(1)]", "EXPR004")]
    [InlineData("[max()]", "EXPR004")]
    [InlineData("not([selected(${hobbys})])", "EXPR004")]
    // EXPR005 type mismatch
    [InlineData("selected([${naam}], 'x')", "EXPR005")]
    [InlineData("count-selected([${leeftijd}])", "EXPR005")]
    [InlineData("count-selected([1])", "EXPR005")]
    [InlineData("selected(${hobbys}, [1])", "EXPR005")]
    [InlineData("['abc'] + 1", "EXPR005")]
    [InlineData("${leeftijd} * ['twee']", "EXPR005")]
    [InlineData("${geboortedatum} < ['2020-01-01']", "EXPR005")]
    [InlineData("round(['twee'])", "EXPR005")]
    [InlineData("-['x']", "EXPR005")]
    [InlineData("date(['morgen'])", "EXPR005")]
    // EXPR006 unknown option
    [InlineData("selected(${hobbys}, ['voetbal'])", "EXPR006")]
    [InlineData("${kleur} = ['paars']", "EXPR006")]
    [InlineData("['paars'] != ${kleur}", "EXPR006")]
    [InlineData("${hobbys} = ['lezen voetbal']", "EXPR006")]
    // EXPR007 '.' without a current question
    [InlineData("[.] > 3", "EXPR007")]
    // EXPR008 invalid regex
    [InlineData("regex(${naam}, ['(abc'])", "EXPR008")]
    [InlineData("regex(${naam}, ['a{2,1}'])", "EXPR008")]
    public void Reports_at_marked_span(string marked, string code)
    {
        var (source, span) = ExpressionFixture.Unmark(marked);
        var result = ExpressionEngine.Compile(source, ExpressionFixture.Scope);
        Assert.False(result.Ok, $"{source} compiled, expected {code}.");
        Assert.Contains(result.Problems, p => p.Code == code && p.At.Span == span);
    }

    [Fact]
    public void Binding_reports_every_problem_not_just_the_first()
    {
        var result = ExpressionEngine.Compile("${x} + ${y} + onbekend(1) + round(1, 2, 3)", ExpressionFixture.Scope);
        Assert.Equal(["EXPR002", "EXPR002", "EXPR003", "EXPR004"], result.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Wrong_number_of_arguments_names_the_expected_arity()
    {
        var problem = Assert.Single(ExpressionEngine.Compile("round(1, 2, 3)", ExpressionFixture.Scope).Problems);
        Assert.Equal("round() verwacht 1 of 2 argument(en), maar krijgt er 3.", problem.Message);
    }

    [Fact]
    public void Unknown_reference_names_the_key_in_dutch()
    {
        var problem = Assert.Single(ExpressionEngine.Compile("${onbekend} > 1", ExpressionFixture.Scope).Problems);
        Assert.Equal("Onbekende vraag '${onbekend}': controleer de naam.", problem.Message);
    }

    [Fact]
    public void A_date_written_as_text_in_a_comparison_suggests_date()
    {
        var problem = Assert.Single(ExpressionEngine.Compile("${geboortedatum} < '2020-01-01'", ExpressionFixture.Scope).Problems);
        Assert.Contains("date('2020-01-01')", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_keeps_the_callers_location_and_adds_its_span()
    {
        var at = new Location(File: "vragenlijst.xlsx", Row: 4, Column: "relevant", Key: "leeftijd");
        var problem = Assert.Single(ExpressionEngine.Compile("1 + ${x}", ExpressionFixture.Scope, at: at).Problems);
        Assert.Equal(at with { Span = new TextSpan(4, 4) }, problem.At);
        Assert.Equal("vragenlijst.xlsx, rij 4, kolom relevant, leeftijd, positie 5", problem.At.ToString());
    }

    [Fact]
    public void The_current_question_is_one_the_scope_must_know()
    {
        var problem = Assert.Single(ExpressionEngine.Compile(". > 1", ExpressionFixture.Scope, currentKey: "weg").Problems);
        Assert.Equal(("EXPR002", new TextSpan(0, 1)), (problem.Code, problem.At.Span!.Value));
    }

    [Fact]
    public void Every_problem_code_is_one_of_the_catalogue()
    {
        var codes = typeof(ExpressionProblems).GetFields()
            .Where(f => f.IsLiteral && f.Name.EndsWith("Code", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^EXPR0[0-9]{2}$", code));
    }
}
