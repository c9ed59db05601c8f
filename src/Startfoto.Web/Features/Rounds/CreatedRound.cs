namespace Startfoto.Web.Features.Rounds;

/// <summary>A round just opened, with the number of responses it starts with (one per gemeente, or one for the regio).</summary>
public sealed record CreatedRound(Guid Id, string Title, int Responses);
