using Startfoto.TestSupport;

namespace Startfoto.Infrastructure.Tests.Indeling;

[CollectionDefinition(nameof(IndelingDb))]
public sealed class IndelingDb : ICollectionFixture<PostgresDatabase>;

[CollectionDefinition(nameof(IndelingSeedDb))]
public sealed class IndelingSeedDb : ICollectionFixture<PostgresDatabase>;
