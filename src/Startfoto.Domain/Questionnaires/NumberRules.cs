namespace Startfoto.Domain.Questionnaires;

/// <summary>Bounds and precision of a number or percentage answer.</summary>
public sealed record NumberRules(double? Min = null, double? Max = null, int Decimals = 0, string? Unit = null);
