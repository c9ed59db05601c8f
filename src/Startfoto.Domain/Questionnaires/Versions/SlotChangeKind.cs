namespace Startfoto.Domain.Questionnaires.Versions;

/// <summary>What a new version does to the answers under one key.</summary>
public enum SlotChangeKind
{
    /// <summary>Same key, compatible type, no option gone: answers move as they are.</summary>
    Kept,

    /// <summary>Same key, but some option values are gone: answers using them stay in history, the others move.</summary>
    OptionsRemoved,

    /// <summary>Same key, incompatible answer type: answers stay in history, never reinterpreted.</summary>
    TypeChanged,

    /// <summary>The key is gone ("vervallen"): answers stay in history, never shifted to another question.</summary>
    Removed,

    /// <summary>A new key: nothing to move, it starts unanswered.</summary>
    Added,
}
