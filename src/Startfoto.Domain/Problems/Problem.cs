namespace Startfoto.Domain.Problems;

/// <summary>One thing wrong with user input: a stable code, a Dutch message that says how to fix it, and where.</summary>
public sealed record Problem(string Code, string Message, Location At)
{
    public override string ToString() => At == Location.Nowhere ? Message : $"{At}: {Message}";
}
