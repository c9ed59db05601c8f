namespace Startfoto.Web.Tests.Support;

public sealed record TestUser(Guid Id, string Email, string Password, string Role, string DisplayName);
