using System.Globalization;
using Startfoto.Domain.Problems;

namespace Startfoto.Web.Features.Rounds;

/// <summary>The new-round form's fields as the page binds them; reminder days as typed ("14, 7, 1").</summary>
public sealed class RoundForm
{
    /// <summary>"key|version" of the chosen questionnaire version.</summary>
    public string Questionnaire { get; set; } = "";
    public int? Year { get; set; }
    public string JeugdregioCode { get; set; } = "";
    public HashSet<string> Gemeenten { get; set; } = new(StringComparer.Ordinal);
    public string Title { get; set; } = "";
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public string ReminderDays { get; set; } = "14, 7, 1";

    public static string QuestionnaireValue(string key, int version) => $"{key}|{version.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The operation's input, or the problems of the reminder days text, which the operation never sees.</summary>
    public (RoundInput Input, IReadOnlyList<Problem> Problems) ToInput(bool regioLevel)
    {
        var parts = Questionnaire.Split('|');
        int? version = parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var v) ? v : null;
        var (days, problems) = ParseDays(ReminderDays);
        return (new RoundInput(parts[0], version, Year, JeugdregioCode, regioLevel ? null : [.. Gemeenten.Order(StringComparer.Ordinal)],
            Title, OpensOn, ClosesOn, days), problems);
    }

    static (List<int>, List<Problem>) ParseDays(string text)
    {
        var (days, problems) = (new List<int>(), new List<Problem>());
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var day)) days.Add(day);
            else problems.Add(RoundProblems.ReminderNotANumber(part));
        return (days, problems);
    }
}
