namespace Startfoto.Domain.Expressions;

/// <summary>if, coalesce, not, true, false — as JavaRosa's XPathFuncExpr.</summary>
internal static class LogicFunctions
{
    /// <summary>Evaluates only the chosen branch (JavaRosa ifThenElse).</summary>
    public static Value If(Arguments a) => a.Boolean(0) ? a[1] : a[2];

    /// <summary>The first argument unless it is empty ('' or NaN, JavaRosa isNull); the second only then evaluated.</summary>
    public static Value Coalesce(Arguments a) => a[0] is { IsEmpty: false } first ? first : a[1];

    public static Value Not(Arguments a) => Value.Boolean(!a.Boolean(0));

    public static Value True(Arguments a) => Value.True;

    public static Value False(Arguments a) => Value.False;
}
