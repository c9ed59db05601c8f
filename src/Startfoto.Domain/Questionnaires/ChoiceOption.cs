namespace Startfoto.Domain.Questionnaires;

/// <summary>One allowed answer. <see cref="Score"/> is null for options that do not score (context, n.v.t., weet niet).</summary>
public sealed record ChoiceOption(string Value, string Label, string? Description = null, double? Score = null);
