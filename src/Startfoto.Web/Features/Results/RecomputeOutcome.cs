namespace Startfoto.Web.Features.Results;

/// <summary>What recomputing one response did.</summary>
public enum RecomputeOutcome { Stored, AlreadyCurrent, NotSubmitted, Failed }
