namespace Startfoto.Web.Operations;

/// <summary>Conflict: the input is fine but the state is not (a response already submitted, a colleague's newer answer).</summary>
public enum OutcomeKind { Ok, Invalid, Forbidden, NotFound, Conflict }
