using System.Globalization;

namespace Startfoto.Cli;

/// <summary>Options of the form `--name value` plus positional arguments; anything unexpected is a usage error.</summary>
sealed class CliArguments
{
    readonly Dictionary<string, string> options = [];
    readonly List<string> positional = [];

    public IReadOnlyList<string> Positional => positional;

    public string? Error { get; private set; }

    public static CliArguments Parse(string[] args, params string[] allowedOptions)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) parsed.positional.Add(args[i]);
            else if (!allowedOptions.Contains(args[i])) parsed.Error ??= $"Onbekende optie '{args[i]}'.";
            else if (i + 1 >= args.Length) parsed.Error ??= $"Optie {args[i]} mist een waarde.";
            else if (!parsed.options.TryAdd(args[i], args[++i])) parsed.Error ??= $"Optie {args[i - 1]} staat er twee keer.";
        }
        return parsed;
    }

    public void Require(bool condition, string error)
    {
        if (!condition) Error ??= error;
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    /// <summary>The --year option as a number, or null (with <see cref="Error"/> set) when it is missing or no number.</summary>
    public int? Year()
    {
        if (Option("--year") is not { } text) { Error ??= "Optie --year ontbreekt."; return null; }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return year;
        Error ??= $"'{text}' is geen jaartal.";
        return null;
    }

    /// <summary>The --today option (jjjj-mm-dd), else the date of the machine's clock; null (with <see cref="Error"/>) when malformed.</summary>
    public DateOnly? Today()
    {
        if (Option("--today") is not { } text) return DateOnly.FromDateTime(DateTime.Now);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Error ??= $"'{text}' is geen datum: schrijf --today jjjj-mm-dd.";
        return null;
    }
}
