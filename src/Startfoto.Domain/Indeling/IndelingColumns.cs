namespace Startfoto.Domain.Indeling;

/// <summary>The columns of an indeling file, in the order the export writes them (the format of gemeenten_2024.csv).</summary>
public static class IndelingColumns
{
    public const string GemeenteCode = "gemeentecode";
    public const string GemeenteNaam = "gemeentenaam";
    public const string JeugdregioCode = "jeugdregiocode";
    public const string JeugdregioNaam = "jeugdregionaam";
    public const string ProvincieCode = "provinciecode";
    public const string ProvincieNaam = "provincienaam";

    public static readonly IReadOnlyList<string> All =
        [GemeenteCode, GemeenteNaam, JeugdregioCode, JeugdregioNaam, ProvincieCode, ProvincieNaam];

    public static readonly string HeaderLine = string.Join(",", All);

    /// <summary>Names are stored in columns of 200 characters.</summary>
    public const int MaxNameLength = 200;
}
