namespace CodeGen.Model;

/// <summary>What the consuming project references, deciding which optional libraries the generated code uses.</summary>
/// <param name="HasHttpClientFactory">Microsoft.Extensions.Http is referenced: the DI registration is emitted.</param>
/// <param name="HasConfiguration">Microsoft.Extensions.Configuration.Abstractions is referenced.</param>
/// <param name="HasRateLimiting">System.Threading.RateLimiting is referenced: rate limits use its limiter.</param>
/// <param name="HasLogging">Microsoft.Extensions.Logging.Abstractions is referenced: the client takes an optional <c>ILogger</c> and logs through it.</param>
internal sealed record HostingSupport(bool HasHttpClientFactory, bool HasConfiguration, bool HasRateLimiting, bool HasLogging)
{
    public static HostingSupport From(Microsoft.CodeAnalysis.Compilation compilation) => new(
        compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null,
        compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") is not null,
        compilation.GetTypeByMetadataName("System.Threading.RateLimiting.ConcurrencyLimiter") is not null,
        compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessage") is not null);
}
