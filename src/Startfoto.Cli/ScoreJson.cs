using System.Text.Json;
using Startfoto.Domain.Scoring;

namespace Startfoto.Cli;

/// <summary>
/// A <see cref="ScoreResult"/> as ./startfoto score prints it: per theme the score (null when there are too few answers,
/// "onvoldoende gegevens"), the coverage (0–1) and the need (geen, licht, matig, hoog; null when onvoldoende and no floor
/// set it), the tier, the flag only when the rule that gave the tier has one, and the explanation in Dutch sentences.
/// </summary>
static class ScoreJson
{
    /// <param name="file">The answers file's name, written first when scoring a folder.</param>
    public static void Write(Utf8JsonWriter writer, ScoreResult result, string? file = null)
    {
        writer.WriteStartObject();
        if (file is not null) writer.WriteString("file", file);
        writer.WriteStartArray("themes");
        foreach (var theme in result.Themes)
        {
            writer.WriteStartObject();
            writer.WriteString("theme", theme.Theme);
            if (theme.Score is { } score) writer.WriteNumber("score", score);
            else writer.WriteNull("score");
            writer.WriteNumber("coverage", theme.Coverage);
            if (theme.Need is { } need) writer.WriteString("need", need.Text());
            else writer.WriteNull("need");
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("tier", result.Tier);
        if (result.Flag is not null) writer.WriteString("flag", result.Flag);
        writer.WriteStartArray("explanation");
        foreach (var sentence in result.Explanation) writer.WriteStringValue(sentence);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
