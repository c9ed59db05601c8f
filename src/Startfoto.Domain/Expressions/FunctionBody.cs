namespace Startfoto.Domain.Expressions;

/// <summary>A function's implementation: reads the arguments it needs, returns the result.</summary>
public delegate Value FunctionBody(Arguments arguments);
