using Startfoto.Domain.Indeling;

namespace Startfoto.Domain.Tests;

public sealed class DomainDependencyTests
{
    [Fact]
    public void Domain_uses_no_framework() => Assert.DoesNotContain(
        typeof(IndelingTable).Assembly.GetReferencedAssemblies(),
        a => a.Name!.Split('.') is ["Microsoft", "EntityFrameworkCore" or "AspNetCore", ..] or ["MiniExcel" or "CsvHelper" or "Npgsql", ..]);
}
