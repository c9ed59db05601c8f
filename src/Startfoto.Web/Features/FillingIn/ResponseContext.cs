using Startfoto.Infrastructure.Data;

namespace Startfoto.Web.Features.FillingIn;

/// <summary>A response with its round, loaded for one actor, untracked; <see cref="Respondent"/> is the gemeente or regio name.</summary>
public sealed record ResponseContext(Response Response, ScanRound Round, string Respondent, ResponseRights Rights);
