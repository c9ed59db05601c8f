using Startfoto.Domain.Accounts;

namespace Startfoto.Web.Tests.Support;

/// <summary>
/// Two jeugdregio's of a test's own: "own" with two gemeenten (the actor's), "foreign" with one, each gemeente with a
/// contact person whose data must never leak to the wrong actor.
/// </summary>
public sealed record World(WebApp App, TestRegio Own, TestRegio Foreign, TestUser OwnContact, TestUser ForeignContact)
{
    public string OwnGemeente => Own.Gemeenten[0];
    public string NeighbourGemeente => Own.Gemeenten[1];
    public string ForeignGemeente => Foreign.Gemeenten[0];

    public static async Task<World> CreateAsync(WebApp app)
    {
        var own = await app.NewRegioAsync(2);
        var foreign = await app.NewRegioAsync(1);
        return new World(app, own, foreign,
            await app.NewUserAsync(Role.Gemeente, own.Gemeenten[0]),
            await app.NewUserAsync(Role.Gemeente, foreign.Gemeenten[0]));
    }

    /// <summary>A user of the role, scoped to the own gemeente or own regio where the role has a scope.</summary>
    public Task<TestUser> NewActorAsync(string role) => role switch
    {
        Role.Gemeente => App.NewUserAsync(role, OwnGemeente),
        Role.Regioadviseur => App.NewUserAsync(role, null, Own.Code),
        _ => App.NewUserAsync(role),
    };

    /// <summary>"own", "neighbour" (same regio), "foreign", or "unknown" (in no indeling).</summary>
    public string Gemeente(string which) => which switch
    {
        "own" => OwnGemeente,
        "neighbour" => NeighbourGemeente,
        "foreign" => ForeignGemeente,
        _ => "GM9999",
    };
}
