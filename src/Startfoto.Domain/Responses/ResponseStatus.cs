namespace Startfoto.Domain.Responses;

/// <summary>Where one respondent's vragenlijst stands in its round.</summary>
public enum ResponseStatus
{
    /// <summary>Niet gestart: nobody has saved an answer yet.</summary>
    NotStarted,
    /// <summary>Bezig.</summary>
    InProgress,
    /// <summary>Ingediend: read-only for the respondent until reopened.</summary>
    Submitted,
    /// <summary>Goedgekeurd by the regioadviseur.</summary>
    Approved,
    /// <summary>Heropend by the regioadviseur with a reason the respondent sees; editable again.</summary>
    Reopened,
}
