using Startfoto.Web.Components;
using Startfoto.Web.Features.Accounts;
using Startfoto.Web.Features.Admin;
using Startfoto.Web.Features.FillingIn;
using Startfoto.Web.Features.FillingIn.Excel;
using Startfoto.Web.Features.Gemeenten;
using Startfoto.Web.Features.Invitations;
using Startfoto.Web.Features.Results;
using Startfoto.Web.Features.Rounds;
using Startfoto.Web.Features.Scoring;
using Startfoto.Web.Features.Scoring.WhatIf;
using Startfoto.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();   // database, data protection keys, health checks, JSON logs, ProblemDetails, clock
builder.AddAccounts();         // Identity: cookie + bearer, lockout, 2FA gate, scope claims, Dutch errors
builder.Services.AddUi().AddApiDocs().AddInvitations().AddGemeenten().AddAdmin().AddRounds().AddFillingIn().AddResponseExcel()
    .AddScoring().AddResults().AddWhatIf();

var app = builder.Build();
await app.PrepareDatabaseAsync(); // migrations, roles, indeling, questionnaires folder; in Development demo accounts and rounds

app.UseSecurityHeaders();
app.UseErrorPages();           // Dutch error page, ProblemDetails under /api: never a stack trace
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealth();
app.MapApiDocs();
app.MapAuthApi();
app.MapLogout();
app.MapInvitationsApi();
app.MapGemeentenApi();
app.MapIndelingApi();
app.MapQuestionnairesApi();
app.MapRoundsApi();
app.MapFillingInApi();
app.MapResponseExcelApi();
app.MapResultsApi();
app.MapScoringApi();
app.MapWhatIfApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

public partial class Program;
