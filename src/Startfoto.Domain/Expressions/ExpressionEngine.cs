using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Expressions;

/// <summary>The one call most callers need: text → parsed, bound and compiled expression, or every problem.</summary>
public static class ExpressionEngine
{
    /// <param name="currentKey">The question whose constraint or calculation this is (what <c>.</c> reads), or null.</param>
    /// <param name="at">Where the expression stands (file, row, key); each problem adds its span to it.</param>
    public static Result<CompiledExpression> Compile(string source, IExpressionScope scope, string? currentKey = null, Location? at = null)
    {
        var syntax = Parser.Parse(source, at);
        if (!syntax.Ok) return Result<CompiledExpression>.Failure(syntax.Problems);
        var bound = Binder.Bind(syntax.Value!, scope, currentKey, at);
        if (!bound.Ok) return Result<CompiledExpression>.Failure(bound.Problems);
        return Result<CompiledExpression>.Success(Compiler.Compile(source, bound.Value!));
    }
}
