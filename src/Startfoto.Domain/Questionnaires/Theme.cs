namespace Startfoto.Domain.Questionnaires;

/// <summary>A scoring group: a reform theme of the Startfoto or a criterion of the Robuustheidsscan.</summary>
public sealed record Theme(string Key, string Title, string? Description = null);
