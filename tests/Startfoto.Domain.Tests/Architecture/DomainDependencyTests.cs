using Startfoto.Domain.Problems;

namespace Startfoto.Domain.Tests.Architecture;

public sealed class DomainDependencyTests
{
    [Fact]
    public void Domain_references_only_the_base_class_library()
    {
        var references = typeof(Problem).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("System.Runtime", references);
        Assert.All(references, name => Assert.True(
            name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard",
            $"Startfoto.Domain references {name}; the domain core must stay free of frameworks."));
    }
}
