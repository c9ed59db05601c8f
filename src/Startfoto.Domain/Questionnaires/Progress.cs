namespace Startfoto.Domain.Questionnaires;

/// <summary>
/// Answered of the required questions that are visible; n.v.t. and weet niet count as answered. Conversation
/// fields and calculations never count: progress is the respondent's.
/// </summary>
public readonly record struct Progress(int Answered, int Required)
{
    public bool Complete => Answered == Required;
}
