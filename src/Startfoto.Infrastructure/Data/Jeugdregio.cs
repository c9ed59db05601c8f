namespace Startfoto.Infrastructure.Data;

/// <summary>A jeugdregio as CBS lists it for one year; codes repeat across years, names may change.</summary>
public sealed class Jeugdregio
{
    public int Year { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<Gemeente> Gemeenten { get; set; } = [];
}
