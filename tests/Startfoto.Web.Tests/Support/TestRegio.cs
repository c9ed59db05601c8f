namespace Startfoto.Web.Tests.Support;

public sealed record TestRegio(string Code, string Name, IReadOnlyList<string> Gemeenten);
