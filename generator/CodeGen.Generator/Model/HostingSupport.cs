namespace CodeGen.Model;

/// <summary>What the consuming project references, deciding whether dependency-injection helpers are emitted.</summary>
/// <param name="HasHttpClientFactory">Microsoft.Extensions.Http is referenced.</param>
/// <param name="HasConfiguration">Microsoft.Extensions.Configuration.Abstractions is referenced.</param>
internal sealed record HostingSupport(bool HasHttpClientFactory, bool HasConfiguration)
{
    public static HostingSupport From(Microsoft.CodeAnalysis.Compilation compilation) => new(
        compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null,
        compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") is not null);
}
