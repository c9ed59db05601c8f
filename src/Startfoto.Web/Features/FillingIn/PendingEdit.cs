namespace Startfoto.Web.Features.FillingIn;

/// <summary>
/// A change the browser holds and the server has not confirmed (wwwroot/js/fill-in.js): the raw input by kind
/// (choice, multi, special, text, number, date, comment), the answer version it was made on, and its sequence number.
/// </summary>
public sealed record PendingEdit(string Key, string Kind, string? Raw, uint Base, long Seq)
{
    public bool IsComment => Kind == "comment";
}
