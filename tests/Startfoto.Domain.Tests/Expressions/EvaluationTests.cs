using Startfoto.Domain.Expressions;

namespace Startfoto.Domain.Tests.Expressions;

/// <summary>One row per case; the expected semantics are JavaRosa's (see the comments in the engine).</summary>
public sealed class EvaluationTests
{
    [Theory]
    // arithmetic: precedence, associativity, number() conversion, IEEE results
    [InlineData("1 + 2 * 3", 7.0)]
    [InlineData("(1 + 2) * 3", 9.0)]
    [InlineData("10 - 4 - 3", 3.0)]
    [InlineData("2 * 3 div 4", 1.5)]
    [InlineData("7 mod 3", 1.0)]
    [InlineData("-7 mod 3", -1.0)]
    [InlineData("7 mod -3", 1.0)]
    [InlineData("5.5 mod 2", 1.5)]
    [InlineData("1 div 0", double.PositiveInfinity)]
    [InlineData("-1 div 0", double.NegativeInfinity)]
    [InlineData("0 div 0", double.NaN)]
    [InlineData("5 mod 0", double.NaN)]
    [InlineData("- 3 + 1", -2.0)]
    [InlineData("--3", 3.0)]
    [InlineData("-(2 + 3)", -5.0)]
    [InlineData(".5 + .5", 1.0)]
    [InlineData("0.1 + 0.2", 0.30000000000000004)]
    [InlineData("'' + 1", double.NaN)]
    [InlineData("'3' + 1", 4.0)]
    [InlineData("${tekstgetal} + 1", 4.0)]
    [InlineData("${leeg} + 1", double.NaN)]
    [InlineData("${onbeantwoord} * 2", double.NaN)]
    [InlineData("${bedrag} * 2", 5.0)]
    [InlineData("${leeftijd} div 2", 7.5)]
    [InlineData("${totaal} + 1", 11.0)]
    [InlineData("true() + 1", 2.0)]
    [InlineData("${toestemming} + 0", 1.0)]
    [InlineData("today() - ${geboortedatum}", 5557.0)]
    [InlineData(".", 15.0)]
    // comparisons are numeric, dates by their day number
    [InlineData("${leeftijd} >= 18", false)]
    [InlineData("${leeftijd} < 18", true)]
    [InlineData("${leeftijd} <= 15", true)]
    [InlineData("${leeftijd} > 14.9", true)]
    [InlineData(". >= 0", true)]
    [InlineData("'10' > '9'", true)]
    [InlineData("${onbeantwoord} < 1", false)]
    [InlineData("${onbeantwoord} >= 0", false)]
    [InlineData("${geboortedatum} < today()", true)]
    [InlineData("${geboortedatum} > date('2010-03-14')", true)]
    [InlineData("true() > false()", true)]
    // equality: boolean if either is, else number if either is, else exact strings
    [InlineData("1 = 1.0", true)]
    [InlineData("0.1 + 0.2 = 0.3", true)]
    [InlineData("${leeftijd} = 15", true)]
    [InlineData("${leeftijd} = '15'", true)]
    [InlineData("${tekstgetal} = 3", true)]
    [InlineData("${tekstgetal} = '3.0'", false)]
    [InlineData("'abc' = 'ABC'", false)]
    [InlineData("'abc' != 'ABC'", true)]
    [InlineData("${naam} = 'Anna'", true)]
    [InlineData("${leeg} = ''", true)]
    [InlineData("${onbeantwoord} = ''", true)]
    [InlineData("${onbeantwoord} = 0", false)]
    [InlineData("${onbeantwoord} != 0", true)]
    [InlineData("${toestemming} = true()", true)]
    [InlineData("${toestemming} = 'false'", true)]
    [InlineData("0 = false()", true)]
    [InlineData("'' = false()", true)]
    [InlineData("1 div 0 = 1 div 0", false)]
    [InlineData("0 div 0 = 0 div 0", false)]
    [InlineData("${kleur} = 'groen'", true)]
    [InlineData("${geboortedatum} = '2010-03-15'", true)]
    [InlineData("${geboortedatum} = date('2010-03-15')", true)]
    [InlineData("today() = '2025-06-01'", true)]
    // logic: precedence or < and < equality < relational, and conversions to boolean
    [InlineData("true() and false()", false)]
    [InlineData("true() or false()", true)]
    [InlineData("false() and true() or true()", true)]
    [InlineData("1 < 2 = true()", true)]
    [InlineData("1 + 2 = 3", true)]
    [InlineData("${leeftijd} > 10 and ${kleur} = 'groen' or false()", true)]
    [InlineData("1 or 0 div 0", true)]
    [InlineData("not(${leeg})", true)]
    [InlineData("not('false')", false)]
    [InlineData("not(0)", true)]
    [InlineData("not(0 div 0)", true)]
    [InlineData("true()", true)]
    [InlineData("false()", false)]
    // functions
    [InlineData("if(${leeftijd} >= 18, 'volwassen', 'jeugd')", "jeugd")]
    [InlineData("if('', 1, 2)", 2.0)]
    [InlineData("coalesce(${leeg}, 'standaard')", "standaard")]
    [InlineData("coalesce(${naam}, 'standaard')", "Anna")]
    [InlineData("coalesce(number(''), 7)", 7.0)]
    [InlineData("coalesce(${onbeantwoord}, ${leeftijd})", 15.0)]
    [InlineData("selected(${hobbys}, 'muziek')", true)]
    [InlineData("selected(${hobbys}, 'sport')", false)]
    [InlineData("selected(${hobbys}, ' lezen ')", true)]
    [InlineData("selected(${kleur}, 'groen')", true)]
    [InlineData("selected(${geen_hobbys}, 'lezen')", false)]
    [InlineData("selected('a  b', 'b')", true)]
    [InlineData("count-selected(${hobbys})", 2.0)]
    [InlineData("count-selected(${geen_hobbys})", 0.0)]
    [InlineData("count-selected('')", 0.0)]
    [InlineData("count-selected(' a  b ')", 2.0)]
    [InlineData("concat('a', 1, true())", "a1true")]
    [InlineData("concat(${naam}, ' (', ${leeftijd}, ')')", "Anna (15)")]
    [InlineData("concat()", "")]
    [InlineData("concat(${leeg})", "")]
    [InlineData("string-length(${naam})", 4.0)]
    [InlineData("string-length('')", 0.0)]
    [InlineData("string-length(${leeftijd})", 2.0)]
    [InlineData("substr('startfoto', 5)", "foto")]
    [InlineData("substr('startfoto', 0, 5)", "start")]
    [InlineData("substr('startfoto', -4)", "foto")]
    [InlineData("substr('startfoto', 2, -4)", "art")]
    [InlineData("substr('abc', 5)", "")]
    [InlineData("substr('abc', 2, 1)", "")]
    [InlineData("contains(${naam}, 'nn')", true)]
    [InlineData("contains(${naam}, 'NN')", false)]
    [InlineData("contains('abc', '')", true)]
    [InlineData("starts-with(${naam}, 'An')", true)]
    [InlineData("starts-with(${naam}, 'an')", false)]
    [InlineData("ends-with(${naam}, 'na')", true)]
    [InlineData("ends-with(${leeg}, 'a')", false)]
    [InlineData("regex(${naam}, '[A-Z][a-z]+')", true)]
    [InlineData("regex(${naam}, 'nn')", false)]
    [InlineData("regex('1234AB', '^[0-9]{4}[A-Z]{2}$')", true)]
    [InlineData("regex('1234 AB', '[0-9]{4}[A-Z]{2}|[0-9]{4} [A-Z]{2}')", true)]
    [InlineData("regex(${naam}, concat('A', '.*'))", true)]
    [InlineData("regex('abc', concat('(', ''))", false)]
    [InlineData("number('abc')", double.NaN)]
    [InlineData("number('')", double.NaN)]
    [InlineData("number(' 12 ')", 12.0)]
    [InlineData("number('1,5')", 1.5)]
    [InlineData("number('1e3')", double.NaN)]
    [InlineData("number('+1')", double.NaN)]
    [InlineData("number('-.5')", -0.5)]
    [InlineData("number(true())", 1.0)]
    [InlineData("number(false())", 0.0)]
    [InlineData("number(date('1970-01-11'))", 10.0)]
    [InlineData("int(-2.7)", -2.0)]
    [InlineData("int(2.7)", 2.0)]
    [InlineData("int(${negatief})", -2.0)]
    [InlineData("int('')", double.NaN)]
    [InlineData("int(1 div 0)", double.PositiveInfinity)]
    [InlineData("round(2.5)", 3.0)]
    [InlineData("round(-2.5)", -2.0)]
    [InlineData("round(-2.6)", -3.0)]
    [InlineData("round(1.2345, 2)", 1.23)]
    [InlineData("round(1.005, 2)", 1.01)]
    [InlineData("round(2.675, 2)", 2.68)]
    [InlineData("round(-1.005, 2)", -1.0)]
    [InlineData("round(1.5, 5)", 1.5)]
    [InlineData("round(1234.5678, -2)", 1200.0)]
    [InlineData("round(35, -1)", 40.0)]
    [InlineData("round(-36, -1)", -30.0)]
    [InlineData("round(1.5, 31)", double.NaN)]
    [InlineData("round(0 div 0)", double.NaN)]
    [InlineData("round(${bedrag})", 3.0)]
    [InlineData("min(3, 1, 2)", 1.0)]
    [InlineData("max(3, 1, 2)", 3.0)]
    [InlineData("max(-1, -2)", -1.0)]
    [InlineData("min(${onbeantwoord}, 5)", 5.0)]
    [InlineData("max(${leeg}, ${onbeantwoord})", double.NaN)]
    [InlineData("min(${leeftijd}, ${bedrag})", 2.5)]
    [InlineData("date('')", "")]
    [InlineData("date(${leeg})", "")]
    [InlineData("date(${naam})", double.NaN)]
    public void Evaluates(string source, object expected)
    {
        var value = ExpressionFixture.Evaluate(source);
        switch (expected)
        {
            case double number:
                Assert.Equal(ValueKind.Number, value.Kind);
                Assert.Equal(number, value.ToNumber());
                break;
            case bool boolean:
                Assert.Equal(ValueKind.Boolean, value.Kind);
                Assert.Equal(boolean, value.ToBoolean());
                break;
            default:
                Assert.Equal(Value.String((string)expected), value);
                break;
        }
    }

    [Theory]
    [InlineData("today()", "2025-06-01")]
    [InlineData("${geboortedatum}", "2010-03-15")]
    [InlineData("date('2024-02-29')", "2024-02-29")]
    [InlineData("date('2024-02-29T23:59:00+02:00')", "2024-02-29")]
    [InlineData("date(0)", "1970-01-01")]
    [InlineData("date(-1.5)", "1969-12-31")]
    [InlineData("date(${geboortedatum})", "2010-03-15")]
    [InlineData("date(today() - 1)", "2025-05-31")]
    [InlineData("if(true(), today(), '')", "2025-06-01")]
    public void Evaluates_to_date(string source, string expected)
    {
        var value = ExpressionFixture.Evaluate(source);
        Assert.Equal(ValueKind.Date, value.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.AsDate());
    }

    /// <summary>How a value reads as text (JavaRosa toString), as concat() and saved calculations see it.</summary>
    [Theory]
    [InlineData("concat(1 div 0)", "Infinity")]
    [InlineData("concat(-1 div 0)", "-Infinity")]
    [InlineData("concat(0 div 0)", "NaN")]
    [InlineData("concat(3.0)", "3")]
    [InlineData("concat(2.50)", "2.5")]
    [InlineData("concat(-0.5 * 0)", "0")]
    [InlineData("concat(0.0000000000001)", "0")]
    [InlineData("concat(0.1 + 0.2)", "0.30000000000000004")]
    [InlineData("concat(1 div 3)", "0.3333333333333333")]
    [InlineData("concat(2147483647)", "2147483647")]
    [InlineData("concat(10000000000)", "1.0E10")]
    [InlineData("concat(12345678.5)", "1.23456785E7")]
    [InlineData("concat(0.0001)", "1.0E-4")]
    [InlineData("concat(-0.000123)", "-1.23E-4")]
    [InlineData("concat(true(), false())", "truefalse")]
    [InlineData("concat(today())", "2025-06-01")]
    [InlineData("concat(${hobbys})", "lezen muziek")]
    [InlineData("concat(int(-0.5))", "0")]
    public void Reads_as_text(string source, string expected) =>
        Assert.Equal(expected, ExpressionFixture.Evaluate(source).ToXPathString());

    [Fact]
    public void An_unanswered_question_is_the_empty_string()
    {
        Assert.Equal(Value.String(""), default);
        Assert.Equal(Value.String(""), ExpressionFixture.Evaluate("${onbeantwoord}"));
    }

    [Fact]
    public void A_condition_reads_the_boolean_of_its_result()
    {
        var answers = (Value[])ExpressionFixture.Answers.Clone();
        var condition = ExpressionFixture.Compile("${naam}");
        Assert.True(condition.IsTrue(answers, ExpressionFixture.Today));
        answers[0] = Value.Empty;
        Assert.False(condition.IsTrue(answers, ExpressionFixture.Today));
    }
}
