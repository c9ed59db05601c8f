using Microsoft.Extensions.DependencyInjection.Extensions;
using Startfoto.Web.Features.FillingIn;

namespace Startfoto.Web.Features.Rounds;

public static class RoundsFeature
{
    public static IServiceCollection AddRounds(this IServiceCollection services)
    {
        // ResponseAccess belongs to FillingIn, whose feature registration is not there yet; register it once, whoever comes first.
        services.TryAddScoped<ResponseAccess>();
        return services
            .AddScoped<CreateRound>()
            .AddScoped<ListRounds>()
            .AddScoped<ListResponses>()
            .AddScoped<RoundProgress>()
            .AddScoped<ResponseReview>()
            .AddScoped<ApproveResponse>()
            .AddScoped<ReopenResponse>();
    }
}
