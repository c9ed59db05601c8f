namespace Startfoto.Web.Features.Invitations;

/// <summary>The invitation form's fields, bound two-way by the Radzen inputs.</summary>
public sealed class InvitationForm
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    public string? GemeenteCode { get; set; }
    public IEnumerable<string> JeugdregioCodes { get; set; } = [];

    public InvitationInput ToInput() => new(Email, DisplayName, Role, GemeenteCode, [.. JeugdregioCodes]);
}
