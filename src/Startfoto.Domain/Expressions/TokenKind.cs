namespace Startfoto.Domain.Expressions;

public enum TokenKind
{
    End,
    Number,
    String,
    Reference,
    Name,
    Dot,
    OpenParen,
    CloseParen,
    Comma,
    Plus,
    Minus,
    Star,
    Div,
    Mod,
    And,
    Or,
    Equals,
    NotEquals,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
