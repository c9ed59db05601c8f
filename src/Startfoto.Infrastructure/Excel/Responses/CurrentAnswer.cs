using Startfoto.Domain.Expressions;

namespace Startfoto.Infrastructure.Excel.Responses;

/// <summary>The stored answer of one slot, as the form holds it, with its toelichting.</summary>
public sealed record CurrentAnswer(Value Value, string? Comment = null);
