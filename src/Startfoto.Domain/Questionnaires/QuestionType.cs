namespace Startfoto.Domain.Questionnaires;

/// <summary>What a question asks for; decides its input control, its answer shape and how it can score.</summary>
public enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    /// <summary>Levels with a description each (niet gestart … geborgd en lerend).</summary>
    Maturity,
    /// <summary>ja / deels / nee.</summary>
    YesPartlyNo,
    Number,
    Percentage,
    ShortText,
    LongText,
    Date,
    /// <summary>Rows sharing one scale; each row is answered as its own sub-question "key.row".</summary>
    Matrix,
    /// <summary>Not asked: a value computed from other answers.</summary>
    Calculated,
}
