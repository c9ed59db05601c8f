using System.Security.Claims;
using Startfoto.Domain.Accounts;
using Startfoto.Web.Features.Accounts;

namespace Startfoto.Web.Tests.Features.Accounts;

public sealed class ActorTests
{
    static ClaimsPrincipal Principal(string role, params Claim[] scope) => new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new(ClaimTypes.Role, role), .. scope], "Test"));

    [Theory]
    [InlineData(Role.Gemeente, "GM0546", "JZ18", true)]
    [InlineData(Role.Gemeente, "GM0547", "JZ18", false)]
    [InlineData(Role.Gemeente, "GM0599", "JZ29", false)]
    [InlineData(Role.Regioadviseur, "GM0547", "JZ18", true)]
    [InlineData(Role.Regioadviseur, "GM0599", "JZ29", false)]
    [InlineData(Role.Beheerder, "GM0599", "JZ29", true)]
    [InlineData(Role.OZJ, "GM0599", "JZ29", true)]
    [InlineData(Role.Landelijk, "GM0546", "JZ18", false)]
    public void An_actor_sees_a_gemeente_only_within_their_scope(string role, string gemeente, string jeugdregio, bool expected)
    {
        var actor = Principal(role, new Claim(StartfotoClaims.Gemeente, "GM0546"), new Claim(StartfotoClaims.Jeugdregio, "JZ18")).ToActor();

        Assert.Equal(expected, actor.MaySee(gemeente, jeugdregio));
    }

    [Fact]
    public void Scope_claims_of_another_role_are_ignored()
    {
        var actor = Principal(Role.OZJ, new Claim(StartfotoClaims.Gemeente, "GM0546"), new Claim(StartfotoClaims.Jeugdregio, "JZ18")).ToActor();

        Assert.Null(actor.GemeenteCode);
        Assert.Empty(actor.Jeugdregios);
        Assert.False(actor.WorksIn("JZ18"));
    }

    [Fact]
    public void An_anonymous_visitor_may_see_nothing()
    {
        var actor = new ClaimsPrincipal(new ClaimsIdentity()).ToActor();

        Assert.Same(Actor.Anonymous, actor);
        Assert.False(actor.MaySee("GM0546", "JZ18"));
    }
}
