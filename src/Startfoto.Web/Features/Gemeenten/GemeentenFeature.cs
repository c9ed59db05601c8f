namespace Startfoto.Web.Features.Gemeenten;

public static class GemeentenFeature
{
    public static IServiceCollection AddGemeenten(this IServiceCollection services) =>
        services.AddScoped<ListGemeenteContacts>();
}
