namespace Startfoto.Domain.Expressions;

/// <summary>The four kinds of value JavaRosa's XPath engine passes around (String, Double, Boolean, Date).</summary>
public enum ValueKind
{
    String,
    Number,
    Boolean,
    Date,
}
