namespace Startfoto.Domain.Questionnaires.Versions;

/// <summary>Why a draft answer stays in the history of the old version instead of moving.</summary>
public enum SetAsideReason
{
    /// <summary>The question is gone from the new version ("vervallen").</summary>
    QuestionRemoved,

    /// <summary>The question asks for another kind of answer now.</summary>
    TypeChanged,

    /// <summary>The answer uses an option the new version no longer offers.</summary>
    OptionRemoved,

    /// <summary>The key is not a question of the old version either: kept, as nothing may be lost.</summary>
    NotInOldVersion,
}
