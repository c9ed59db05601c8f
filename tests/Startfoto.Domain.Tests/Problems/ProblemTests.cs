using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Tests.Problems;

public sealed class ProblemTests
{
    [Theory]
    [InlineData(null, null, null, null, "Kies een bestand.")]
    [InlineData("lijst.json", null, null, null, "lijst.json: Kies een bestand.")]
    [InlineData(null, null, null, "a", "a: Kies een bestand.")]
    [InlineData("lijst.json", null, null, "a", "lijst.json: a: Kies een bestand.")]
    [InlineData("lijst.xlsx", "survey", 7, null, "lijst.xlsx: survey, rij 7, kolom type: Kies een bestand.")]
    [InlineData(null, "survey", 7, null, "survey, rij 7, kolom type: Kies een bestand.")]
    public void A_line_puts_the_file_first_then_the_rest_of_the_location(string? file, string? sheet, int? row, string? key, string line)
    {
        var at = new Location(File: file, Sheet: sheet, Row: row, Column: row is null ? null : "type", Key: key);

        Assert.Equal(line, new Problem("X001", "Kies een bestand.", at).ToLine());
    }

    [Fact]
    public void A_line_shows_the_position_of_a_span_after_the_key() => Assert.Equal(
        "lijst.json: a, positie 5: Onbekende vraag.",
        new Problem("EXPR002", "Onbekende vraag.", new Location(File: "lijst.json", Key: "a", Span: new TextSpan(4, 3))).ToLine());
}
