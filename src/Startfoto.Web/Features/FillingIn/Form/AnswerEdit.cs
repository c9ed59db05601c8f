using Startfoto.Domain.Expressions;

namespace Startfoto.Web.Features.FillingIn.Form;

/// <summary>
/// One change by the respondent, raised on every change of an answer or its toelichting; the page decides what to
/// store. <paramref name="Key"/> is always an answer slot: a matrix has one toelichting, kept under its first row.
/// </summary>
/// <param name="Value">The slot's answer after the change (unchanged when only the toelichting changed).</param>
/// <param name="Comment">The slot's toelichting after the change; null when there is none.</param>
public sealed record AnswerEdit(string Key, Value Value, string? Comment);
