using Startfoto.Domain.Expressions;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>
/// One answer to save. <paramref name="BaseVersion"/> is the version of the answer the user last saw (0 when they saw
/// none): if a colleague saved a different answer since, the save is a conflict, never a silent overwrite.
/// </summary>
public sealed record AnswerInput(string Key, Value Value, string? Comment, uint BaseVersion);
