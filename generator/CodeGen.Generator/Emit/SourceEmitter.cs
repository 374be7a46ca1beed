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

    /// <summary>A type and its JSON converter share one file, each in its own namespace.</summary>
    private static string WithConverter(ApiModel api, System.Action<CodeWriter> type, System.Action<CodeWriter> converter)
    {
        var writer = FileHeader.Start(api.SpecFileName);
        type(writer);
        writer.Line();
        converter(writer);
        return writer.ToString();
    }

    /// <summary>
    /// How many object models, unions or enums one batch holds, a file each. Roslyn checks every file's hint name against
    /// each one added before it in the same output, so one output for all of a large spec's files costs time that
    /// grows with the square of their number.
    /// </summary>
    internal const int BatchSize = 256;

    /// <summary>Everything that depends on the spec alone.</summary>
    public static IEnumerable<(string HintName, string Source)> Emit(ApiModel api)
    {
        foreach (var batch in Batches(api))
        {
            foreach (var file in Emit(batch)) yield return file;
        }
    }

    /// <summary>The files of <see cref="Emit(ApiModel)"/>, in the same order, as batches to emit one by one.</summary>
    public static IEnumerable<SourceBatch> Batches(ApiModel api)
    {
        for (var start = 0; start < api.Objects.Count; start += BatchSize)
        {
            yield return new SourceBatch(api, SourceBatchPart.Objects, start, System.Math.Min(BatchSize, api.Objects.Count - start));
        }

        for (var start = 0; start < api.Unions.Count; start += BatchSize)
        {
            yield return new SourceBatch(api, SourceBatchPart.Unions, start, System.Math.Min(BatchSize, api.Unions.Count - start));
        }

        for (var start = 0; start < api.Enums.Count; start += BatchSize)
        {
            yield return new SourceBatch(api, SourceBatchPart.Enums, start, System.Math.Min(BatchSize, api.Enums.Count - start));
        }

        yield return new SourceBatch(api, SourceBatchPart.Shared, 0, 0);
    }

    public static IEnumerable<(string HintName, string Source)> Emit(SourceBatch batch) => batch.Part switch
    {
        SourceBatchPart.Objects => EmitObjects(batch.Api, batch.Start, batch.Count),
        SourceBatchPart.Unions => EmitUnions(batch.Api, batch.Start, batch.Count),
        SourceBatchPart.Enums => EmitEnums(batch.Api, batch.Start, batch.Count),
        _ => EmitShared(batch.Api),
    };

    private static IEnumerable<(string HintName, string Source)> EmitObjects(ApiModel api, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            var model = api.Objects[i];
            yield return (Text.HintName(api.Namespace, model.Name), WithConverter(api, writer => ModelEmitter.Write(writer, api, model), writer => ObjectConverterEmitter.Write(writer, api, model)));
        }
    }

    private static IEnumerable<(string HintName, string Source)> EmitUnions(ApiModel api, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            var model = api.Unions[i];
            yield return (Text.HintName(api.Namespace, model.Name), WithConverter(api, writer => UnionEmitter.Write(writer, api, model), writer => UnionConverterEmitter.Write(writer, api, model)));
        }
    }

    private static IEnumerable<(string HintName, string Source)> EmitEnums(ApiModel api, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            var model = api.Enums[i];
            yield return (Text.HintName(api.Namespace, model.Name), WithConverter(api, writer => EnumEmitter.Write(writer, api, model), writer => EnumConverterEmitter.Write(writer, api, model)));
        }
    }

    private static IEnumerable<(string HintName, string Source)> EmitShared(ApiModel api)
    {
        yield return (Text.HintName(api.Namespace, api.ClientInterfaceName), ClientInterfaceEmitter.Emit(api));
        foreach (var group in api.ClientGroups)
        {
            yield return (Text.HintName(api.Namespace, api.ClientInterfaceName + "." + group.InterfaceName), SubClientEmitter.EmitInterface(api, group));
            yield return (Text.HintName(api.Namespace, api.ClientName + "." + group.TypeName), SubClientEmitter.EmitClass(api, group));
        }

        yield return (Text.HintName(api.Namespace, api.OptionsName), ClientOptionsEmitter.Emit(api));
        yield return (Text.HintName(api.Namespace, api.ExceptionName), ApiExceptionEmitter.Emit(api));
        yield return (Text.HintName(api.Namespace, api.ResponseName), ApiResponseEmitter.Emit(api));
        yield return (Text.HintName(api.Namespace, api.RetryPolicyName), RetryPolicyEmitter.Emit(api));
        if (api.HasBatches) yield return (Text.HintName(api.Namespace, api.Batch.Result), BatchTypesEmitter.Emit(api));
        if (api.SendsStreams) yield return (Text.HintName(api.Namespace, api.FileUploadName), TransferTypesEmitter.EmitFileUpload(api));
        if (api.HasDownloads) yield return (Text.HintName(api.Namespace, api.DownloadName), TransferTypesEmitter.EmitDownload(api));
        yield return (Text.HintName(api.SerializationNamespace, api.JsonResolverName), ResolverEmitter.Emit(api));
        yield return (Text.HintName(api.SerializationNamespace, api.JsonWireName), JsonWireEmitter.Emit(api));
        if (api.Objects.Count > 0) yield return (Text.HintName(api.SerializationNamespace, GeneratedNames.ObjectConverterBase(api.ApiName)), ConverterBaseEmitter.EmitObjectBase(api));
        if (api.Enums.Count > 0) yield return (Text.HintName(api.SerializationNamespace, GeneratedNames.EnumConverterBase(api.ApiName)), ConverterBaseEmitter.EmitEnumBase(api));
        if (FormEncodingEmitter.Applies(api)) yield return (Text.HintName(api.Namespace, api.FormEncodingName), FormEncodingEmitter.Emit(api));
        foreach (var file in ValidationEmitter.Emit(api)) yield return file;
    }
}
