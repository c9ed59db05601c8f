namespace Startfoto.Web.Features.Conversation;

/// <summary>One criterion in the summary: the self-scan's level next to the adviseur's judgement, both kept.</summary>
/// <param name="Differs">The adviseur's oordeel is not the self-scan's level.</param>
public sealed record CriterionRow(string Theme, string Title, string SelfScan, string Assessment, bool Differs, string Certainty, string Need);
