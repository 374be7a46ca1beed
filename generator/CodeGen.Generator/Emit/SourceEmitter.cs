using System.Collections.Generic;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>All the files generated for one spec, as (hint name, source) pairs.</summary>
internal static class SourceEmitter
{
    /// <summary>The registration with dependency injection, for projects that reference Microsoft.Extensions.Http.</summary>
    public static (string HintName, string Source) EmitServiceRegistration(ApiModel api, HostingSupport hosting) =>
        (Text.HintName(api.Namespace, api.ServiceCollectionExtensionsName), ServiceCollectionEmitter.Emit(api, hosting.HasConfiguration, hosting.HasLogging));

    /// <summary>The client, which uses System.Threading.RateLimiting where the project has it.</summary>
    public static (string HintName, string Source) EmitClient(ApiModel api, HostingSupport hosting) =>
        (Text.HintName(api.Namespace, api.ClientName), ClientEmitter.Emit(api, hosting));

    /// <summary>The client's traces, metrics and, where the project references Microsoft.Extensions.Logging.Abstractions, logs.</summary>
    public static (string HintName, string Source) EmitTelemetry(ApiModel api, HostingSupport hosting) =>
        (Text.HintName(api.Namespace, api.TelemetryName), ClientTelemetryEmitter.Emit(api, hosting.HasLogging));

    /// <summary>Every file, as a project with the given references gets them.</summary>
    public static IEnumerable<(string HintName, string Source)> EmitAll(ApiModel api, HostingSupport hosting)
    {
        foreach (var file in Emit(api)) yield return file;
        yield return EmitClient(api, hosting);
        yield return EmitTelemetry(api, hosting);
        if (hosting.HasHttpClientFactory) yield return EmitServiceRegistration(api, hosting);
    }

    /// <summary>Everything that depends on the spec alone.</summary>
    public static IEnumerable<(string HintName, string Source)> Emit(ApiModel api)
    {
        foreach (var model in api.Objects)
        {
            yield return (Text.HintName(api.Namespace, model.Name), ModelEmitter.Emit(api, model));
            yield return (Text.HintName(api.SerializationNamespace, GeneratedNames.JsonConverter(model.Name)), ObjectConverterEmitter.Emit(api, model));
        }

        foreach (var model in api.Unions)
        {
            yield return (Text.HintName(api.Namespace, model.Name), UnionEmitter.Emit(api, model));
            yield return (Text.HintName(api.SerializationNamespace, GeneratedNames.JsonConverter(model.Name)), UnionConverterEmitter.Emit(api, model));
        }

        foreach (var model in api.Enums)
        {
            yield return (Text.HintName(api.Namespace, model.Name), EnumEmitter.Emit(api, model));
            yield return (Text.HintName(api.SerializationNamespace, GeneratedNames.JsonConverter(model.Name)), EnumConverterEmitter.Emit(api, model));
        }

        yield return (Text.HintName(api.Namespace, api.ClientInterfaceName), ClientInterfaceEmitter.Emit(api));
        yield return (Text.HintName(api.Namespace, api.OptionsName), ClientOptionsEmitter.Emit(api));
        yield return (Text.HintName(api.Namespace, api.ExceptionName), ApiExceptionEmitter.Emit(api));
        yield return (Text.HintName(api.Namespace, api.RetryPolicyName), RetryPolicyEmitter.Emit(api));
        if (api.HasBatches) yield return (Text.HintName(api.Namespace, api.Batch.Result), BatchTypesEmitter.Emit(api));
        yield return (Text.HintName(api.SerializationNamespace, api.JsonResolverName), ResolverEmitter.Emit(api));
        yield return (Text.HintName(api.SerializationNamespace, api.JsonWireName), JsonWireEmitter.Emit(api));
        foreach (var file in ValidationEmitter.Emit(api)) yield return file;
    }
}
