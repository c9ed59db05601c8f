namespace Startfoto.Web.Features.Admin;

public static class AdminFeature
{
    public static IServiceCollection AddAdmin(this IServiceCollection services) => services
        .AddScoped<UploadQuestionnaire>()
        .AddScoped<PreviewVersionChange>();
}
