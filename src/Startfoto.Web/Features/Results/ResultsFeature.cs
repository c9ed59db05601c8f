namespace Startfoto.Web.Features.Results;

public static class ResultsFeature
{
    public static IServiceCollection AddResults(this IServiceCollection services)
    {
        // Needs and item outcomes read as text in the API, as they are stored ("hoog", "scored").
        services.ConfigureHttpJsonOptions(o => ScoreResultJson.AddConverters(o.SerializerOptions));
        return services
            .AddScoped<ScoreResponse>()
            .AddScoped<LoadResponseScore>()
            .AddScoped<OverrideTier>()
            .AddScoped<FinalTiers>();
    }
}
