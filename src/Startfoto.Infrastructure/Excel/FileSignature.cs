namespace Startfoto.Infrastructure.Excel;

/// <summary>What a file is, judged by its first bytes: the extension says what the user hoped, the content what it is.</summary>
static class FileSignature
{
    public enum Kind { Text, Zip, Utf16, LegacyOffice, Binary }

    /// <summary>Dutch, for "het lijkt …" in the problem message; null for kinds that get their own message.</summary>
    public static (Kind Kind, string? LooksLike) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8)) return (Kind.Zip, null);
        if (Starts(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return (Kind.LegacyOffice, null);
        if (Starts(bytes, 0xFF, 0xFE) || Starts(bytes, 0xFE, 0xFF)) return (Kind.Utf16, null);
        if (bytes.StartsWith("%PDF"u8)) return (Kind.Binary, "een PDF-document");
        if (Starts(bytes, 0x89, (byte)'P', (byte)'N', (byte)'G')) return (Kind.Binary, "een PNG-afbeelding");
        if (Starts(bytes, 0xFF, 0xD8, 0xFF)) return (Kind.Binary, "een JPEG-afbeelding");
        if (bytes.StartsWith("GIF8"u8)) return (Kind.Binary, "een GIF-afbeelding");
        if (bytes.StartsWith("{\\rtf"u8)) return (Kind.Binary, "een RTF-document");
        if (LooksBinary(bytes)) return (Kind.Binary, "een binair bestand");
        return (Kind.Text, null);
    }

    static bool Starts(ReadOnlySpan<byte> bytes, params ReadOnlySpan<byte> signature) => bytes.StartsWith(signature);

    // Text has no NUL and hardly any other control characters; tab, CR, LF and form feed are normal.
    static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C)) control++;
        }
        return control > sample.Length / 100;
    }
}
