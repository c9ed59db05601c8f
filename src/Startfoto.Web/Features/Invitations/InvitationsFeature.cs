namespace Startfoto.Web.Features.Invitations;

public static class InvitationsFeature
{
    public static IServiceCollection AddInvitations(this IServiceCollection services) => services
        .AddScoped<CreateInvitation>()
        .AddScoped<ListInvitations>()
        .AddScoped<RevokeInvitation>()
        .AddScoped<AcceptInvitation>();
}
