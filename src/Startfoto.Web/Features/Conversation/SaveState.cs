namespace Startfoto.Web.Features.Conversation;

/// <summary>How the last save of the conversation went, as the save status tells it.</summary>
public enum SaveState
{
    None,
    Saving,
    Saved,
    Failed,
    Conflict,
}
