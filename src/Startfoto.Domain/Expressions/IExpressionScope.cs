using System.Diagnostics.CodeAnalysis;

namespace Startfoto.Domain.Expressions;

/// <summary>The questions an expression can see; the questionnaire supplies it, and decides the slots.</summary>
public interface IExpressionScope
{
    bool TryFind(string key, [NotNullWhen(true)] out QuestionSymbol? question);
}
