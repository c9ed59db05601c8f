namespace Startfoto.Web.Features.FillingIn;

public static class FillingInFeature
{
    public static IServiceCollection AddFillingIn(this IServiceCollection services) => services
        .AddScoped<ResponseAccess>()
        .AddScoped<LoadResponseForm>()
        .AddScoped<TakeOverEarlierAnswers>()
        .AddScoped<SaveAnswers>()
        .AddScoped<SubmitResponse>()
        .AddScoped<AnswerHistory>()
        .AddScoped<AssignSection>();
}
