namespace Startfoto.Domain.Questionnaires;

/// <summary>A row of a matrix question; answered under the key "question.row".</summary>
public sealed record MatrixRow(string Key, string Label);
