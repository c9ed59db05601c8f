namespace Startfoto.Web.Features.FillingIn;

/// <summary>What an actor may do with one response; an actor who may not read it is told it does not exist.</summary>
public sealed record ResponseRights(bool MayAnswer, bool MayRecordConversation, bool MayReview)
{
    public static readonly ResponseRights ReadOnly = new(false, false, false);
}
