using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>A token and where it stands. Text is the value: a string's content, a reference's key, a name.</summary>
public readonly record struct Token(TokenKind Kind, TextSpan Span, string Text);
