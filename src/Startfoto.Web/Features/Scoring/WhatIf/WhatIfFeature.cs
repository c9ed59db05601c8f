namespace Startfoto.Web.Features.Scoring.WhatIf;

public static class WhatIfFeature
{
    public static IServiceCollection AddWhatIf(this IServiceCollection services) => services
        .AddScoped<CurrentScoringRules>()
        .AddScoped<SubmittedResponses>()
        .AddScoped<WhatIfChoices>()
        .AddScoped<RunWhatIf>();
}
