using Xunit;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>Every test that needs the package: they share one pack and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedGenerator>
{
    public const string Name = "packed generator";
}
