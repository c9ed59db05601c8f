namespace Startfoto.Domain.Expressions;

/// <summary>
/// What the binder knows of a value before evaluation. A hint for checks, never a promise: an unanswered
/// number question is still the empty string at run time, as in ODK.
/// </summary>
public enum ExpressionType
{
    Any,
    String,
    Number,
    Boolean,
    Date,
}
