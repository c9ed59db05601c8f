namespace Startfoto.Web.Features.Results;

/// <summary>The tier the regioadviseur sets instead of the computed one, and why (required).</summary>
public sealed record TierOverrideInput(string? Tier, string? Motivation);
