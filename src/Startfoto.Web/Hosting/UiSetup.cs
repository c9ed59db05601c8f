using Radzen;

namespace Startfoto.Web.Hosting;

public static class UiSetup
{
    /// <summary>Blazor (interactive server for app pages, static for account pages) and Radzen.</summary>
    public static IServiceCollection AddUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        return services;
    }
}
