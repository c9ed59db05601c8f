namespace Startfoto.Infrastructure.Data;

/// <summary>
/// A gemeente in the indeling of one year. Gemeenten merge on 1 January and a scan refers to the indeling
/// of its own year, so the key is (year, code).
/// </summary>
public sealed class Gemeente
{
    public int Year { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string JeugdregioCode { get; set; }
    public Jeugdregio? Jeugdregio { get; set; }
    public required string ProvincieCode { get; set; }
    public required string ProvincieName { get; set; }
}
