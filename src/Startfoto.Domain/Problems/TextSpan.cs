namespace Startfoto.Domain.Problems;

/// <summary>A range of characters in a source text: where an expression problem starts and how long it is.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
