namespace Startfoto.Web.Features.FillingIn.Excel;

public static class ResponseExcelFeature
{
    /// <summary>The Excel round trip of one response; needs <c>AddFillingIn()</c> for the form and the save.</summary>
    public static IServiceCollection AddResponseExcel(this IServiceCollection services) => services
        .AddSingleton<PreviewToken>()
        .AddScoped<LoadWorkbookBasis>()
        .AddScoped<DownloadResponseWorkbook>()
        .AddScoped<PreviewResponseWorkbook>()
        .AddScoped<ApplyResponseWorkbook>();
}
