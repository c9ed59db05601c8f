using Startfoto.Domain.Indeling;

namespace Startfoto.Domain.Tests.Indeling;

/// <summary>Writes a raw table the way a file reads: header on row 1, then one line per row, cells split on '|'.</summary>
static class Tables
{
    public const string Header = "gemeentecode|gemeentenaam|jeugdregiocode|jeugdregionaam|provinciecode|provincienaam";
    public const string Leiden = "GM0546|Leiden|JZ18|Holland Rijnland|PV28|Zuid-Holland";
    public const string Katwijk = "GM0537|Katwijk|JZ18|Holland Rijnland|PV28|Zuid-Holland";
    public const string Rotterdam = "GM0599|Rotterdam|JZ29|Rijnmond|PV28|Zuid-Holland";

    public static RawTable Raw(string header, params string[] rows) => new(
        Row(1, header), [.. rows.Select((r, i) => Row(i + 2, r))]);

    public static IndelingTable Valid(params string[] rows)
    {
        var result = IndelingValidator.Validate(Raw(Header, rows));
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Value!;
    }

    static RawRow Row(int number, string line) => new(number, [.. line.Split('|')]);
}
