using System.Collections.Immutable;

namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// One question as the definition states it. Expressions are kept as source text here; the compiled form binds
/// them once. The key is stable: the same key in two instruments or versions means the same question, so its
/// answer can be reused.
/// </summary>
public sealed record Question(
    string Key,
    QuestionType Type,
    string Label,
    string? Help = null,
    bool Required = false,
    ImmutableArray<ChoiceOption> Options = default,
    ImmutableArray<MatrixRow> Rows = default,
    string? Theme = null,
    double Weight = 1,
    string? VisibleWhen = null,
    string? Constraint = null,
    string? ConstraintMessage = null,
    string? Calculation = null,
    NumberRules? Number = null,
    bool NotApplicable = false,
    bool DontKnow = false,
    bool AllowComment = false,
    bool Shareable = false)
{
    public ImmutableArray<ChoiceOption> Options { get; init; } = Options.IsDefault ? [] : Options;
    public ImmutableArray<MatrixRow> Rows { get; init; } = Rows.IsDefault ? [] : Rows;

    /// <summary>Option value for "niet van toepassing": allowed for every scored question that offers it, never scored.</summary>
    public const string NotApplicableValue = "nvt";

    /// <summary>Option value for "weet niet": never scored, lowers coverage.</summary>
    public const string DontKnowValue = "weet_niet";

    public bool HasChoices => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice
        or QuestionType.Maturity or QuestionType.YesPartlyNo or QuestionType.Matrix;

    /// <summary>Every value a choice answer may take, including n.v.t. and weet niet when offered.</summary>
    public IEnumerable<string> AllowedValues()
    {
        foreach (var o in Options) yield return o.Value;
        if (NotApplicable) yield return NotApplicableValue;
        if (DontKnow) yield return DontKnowValue;
    }
}
