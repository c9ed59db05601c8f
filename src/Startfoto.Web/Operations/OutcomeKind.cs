namespace Startfoto.Web.Operations;

public enum OutcomeKind { Ok, Invalid, Forbidden, NotFound }
