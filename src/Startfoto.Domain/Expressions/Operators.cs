namespace Startfoto.Domain.Expressions;

/// <summary>How operators are written and how tightly they bind (XPath 1.0 §3.4–3.5: or, and, equality, relational, additive, multiplicative).</summary>
internal static class Operators
{
    public static BinaryOperator? Binary(TokenKind kind) => kind switch
    {
        TokenKind.Or => BinaryOperator.Or,
        TokenKind.And => BinaryOperator.And,
        TokenKind.Equals => BinaryOperator.Equal,
        TokenKind.NotEquals => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Div => BinaryOperator.Divide,
        TokenKind.Mod => BinaryOperator.Modulo,
        _ => null,
    };

    public static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => 1,
        BinaryOperator.And => 2,
        BinaryOperator.Equal or BinaryOperator.NotEqual => 3,
        BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => 4,
        BinaryOperator.Add or BinaryOperator.Subtract => 5,
        _ => 6,
    };

    public static bool IsArithmetic(BinaryOperator op) => Precedence(op) >= 5;

    public static bool IsRelational(BinaryOperator op) => Precedence(op) == 4;

    public static string Text(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "div",
        _ => "mod",
    };
}
