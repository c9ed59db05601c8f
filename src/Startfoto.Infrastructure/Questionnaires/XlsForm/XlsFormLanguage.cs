namespace Startfoto.Infrastructure.Questionnaires.XlsForm;

/// <summary>
/// Which of the language columns (label::Nederlands (nl), label:english, plain label) to read. Dutch wins, then the
/// form's default_language, then the plain column, then the first language; other languages are not imported, as a
/// questionnaire here is asked in Dutch only.
/// </summary>
static class XlsFormLanguage
{
    public const string Dutch = "Nederlands (nl)";

    /// <summary>The column index of <paramref name="baseName"/> (label, hint, …) in the chosen language; -1 when absent.</summary>
    public static int Pick(XlsFormSheet sheet, string baseName, string? defaultLanguage)
    {
        var candidates = new List<(int Index, string? Language)>();
        for (var i = 0; i < sheet.Headers.Length; i++)
        {
            var header = XlsFormSheet.Normalise(sheet.Headers[i]);
            if (header == baseName) candidates.Add((i, null));
            else if (header.StartsWith(baseName + ":", StringComparison.Ordinal))
                candidates.Add((i, header[(baseName.Length + 1)..].TrimStart(':').Trim()));
        }
        if (candidates.Count == 0) return -1;
        foreach (var c in candidates) if (c.Language is { } l && IsDutch(l)) return c.Index;
        foreach (var c in candidates)
            if (defaultLanguage is not null && string.Equals(c.Language, defaultLanguage.Trim(), StringComparison.OrdinalIgnoreCase)) return c.Index;
        foreach (var c in candidates) if (c.Language is null) return c.Index;
        return candidates[0].Index;
    }

    static bool IsDutch(string language)
    {
        var l = language.ToLowerInvariant();
        return l is "nl" or "nederlands" or "dutch" or "nl-nl" || l.EndsWith("(nl)", StringComparison.Ordinal)
            || l.StartsWith("nederlands", StringComparison.Ordinal) || l.StartsWith("dutch", StringComparison.Ordinal);
    }
}
