using Startfoto.TestSupport;

namespace Startfoto.Infrastructure.Tests.Questionnaires;

[CollectionDefinition(nameof(RegistrationDb))]
public sealed class RegistrationDb : ICollectionFixture<PostgresDatabase>;

/// <summary>The shipped folder registers the real keys (startfoto, robuustheidsscan): a database of its own.</summary>
[CollectionDefinition(nameof(ShippedFolderDb))]
public sealed class ShippedFolderDb : ICollectionFixture<PostgresDatabase>;
