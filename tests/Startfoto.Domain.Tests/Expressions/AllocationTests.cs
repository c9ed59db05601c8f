using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Tests.Expressions;

/// <summary>
/// The zero-allocation design as a property: conditions, comparisons, arithmetic and choice functions must
/// not allocate once compiled, or a 200-question form would feed the garbage collector on every keystroke.
/// </summary>
public sealed class AllocationTests
{
    [Theory]
    [InlineData("${leeftijd} >= 18 and ${kleur} = 'groen' or not(${toestemming})")]
    [InlineData("${bedrag} * 2 + ${leeftijd} div 3 mod 2 - -${a}")]
    [InlineData("selected(${hobbys}, 'muziek') or count-selected(${hobbys}) > 1")]
    [InlineData("if(${toestemming}, ${leeftijd}, 0) - 1")]
    [InlineData("coalesce(${onbeantwoord}, ${leeftijd}) != ${tekstgetal}")]
    [InlineData("${naam} = 'Anna' and ${leeg} = '' and ${tekstgetal} + 1 = 4")]
    [InlineData("today() - ${geboortedatum} > 365 and ${geboortedatum} = date('2010-03-15')")]
    [InlineData("string-length(${naam}) > 2 and contains(${naam}, 'n') and starts-with(${naam}, 'A')")]
    [InlineData("regex(${naam}, '[A-Z][a-z]+')")]
    [InlineData("round(${bedrag} * 1.15, 2) + int(${negatief}) + min(${leeftijd}, ${onbeantwoord}, 3) + max(1, 2)")]
    [InlineData("number(${tekstgetal}) + .")]
    public void Evaluating_allocates_nothing(string source)
    {
        var expression = ExpressionFixture.Compile(source);
        var answers = ExpressionFixture.Answers;
        for (var i = 0; i < 100; i++) Evaluate(expression, answers);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++) Evaluate(expression, answers);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Building_text_may_allocate_and_the_measurement_sees_it()
    {
        var expression = ExpressionFixture.Compile("concat(${naam}, ${leeftijd})");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++) Evaluate(expression, ExpressionFixture.Answers);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 0);
    }

    private static void Evaluate(CompiledExpression expression, Value[] answers)
    {
        expression.Evaluate(answers, ExpressionFixture.Today);
        expression.IsTrue(answers, ExpressionFixture.Today);
    }
}
