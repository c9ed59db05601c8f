namespace Startfoto.Domain.Problems;

/// <summary>One thing wrong with user input: a stable code, a Dutch message that says how to fix it, and where.</summary>
public sealed record Problem(string Code, string Message, Location At)
{
    public override string ToString() => At == Location.Nowhere ? Message : $"{At}: {Message}";

    /// <summary>
    /// As one line, like a compiler error: "file: sheet, rij 4, kolom type: message" — the file set apart by a colon,
    /// as the CLI, the start-up log and the Beheerder page print it.
    /// </summary>
    public string ToLine()
    {
        var rest = (At with { File = null }).ToString();
        var file = At.File is null ? "" : At.File + ": ";
        return file + (rest.Length == 0 ? "" : rest + ": ") + Message;
    }
}
