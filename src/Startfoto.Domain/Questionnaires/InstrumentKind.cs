namespace Startfoto.Domain.Questionnaires;

public enum InstrumentKind { Startfoto, Robuustheidsscan, Other }
