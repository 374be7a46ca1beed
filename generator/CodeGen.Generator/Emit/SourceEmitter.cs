using System.Collections.Generic;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>All the files generated for one spec, as (hint name, source) pairs.</summary>
internal static class SourceEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(ApiModel api)
    {
        foreach (var model in api.Objects)
        {
            yield return (Text.HintName(api.Namespace, model.Name), ModelEmitter.Emit(api, model));
            yield return (Text.HintName(api.SerializationNamespace, model.Name + "JsonConverter"), ObjectConverterEmitter.Emit(api, model));
        }

        foreach (var model in api.Enums)
        {
            yield return (Text.HintName(api.Namespace, model.Name), EnumEmitter.Emit(api, model));
            yield return (Text.HintName(api.SerializationNamespace, model.Name + "JsonConverter"), EnumConverterEmitter.Emit(api, model));
        }

        yield return (Text.HintName(api.SerializationNamespace, api.ApiName + "JsonResolver"), ResolverEmitter.Emit(api));
        yield return (Text.HintName(api.SerializationNamespace, "JsonWire"), JsonWireEmitter.Emit(api));
        foreach (var file in ValidationEmitter.Emit(api)) yield return file;
    }
}
