using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the spec's <c>IJsonTypeInfoResolver</c>: System.Text.Json's own source generator cannot see types another
/// generator emits, so this resolver hands out the generated converters and works with reflection disabled.
/// </summary>
internal static class ResolverEmitter
{
    private const string Json = "global::System.Text.Json.";

    public static string Emit(ApiModel api)
    {
        var types = TypeSyntax.ForSerialization(api, helpersImported: false);
        var name = api.JsonResolverName;
        var writer = FileHeader.Start(api.SpecFileName);
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            Text.WriteDocComment(writer,
                $"Resolves JSON contracts for the models of {api.Title} without reflection, for trimmed and Native AOT apps.",
                $"Use Options directly, or combine Instance with other resolvers through JsonTypeInfoResolver.Combine.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public sealed class {name} : {Json}Serialization.Metadata.IJsonTypeInfoResolver"))
            {
                writer.Line("/// <summary>The shared instance.</summary>");
                writer.Line($"public static {name} Instance {{ get; }} = new {name}();");
                writer.Line();
                writer.Line("/// <summary>Read-only serializer options that use this resolver.</summary>");
                writer.Line($"public static {Json}JsonSerializerOptions Options {{ get; }} = CreateOptions();");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                using (writer.Block($"public {Json}Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type, {Json}JsonSerializerOptions options)"))
                {
                    foreach (var model in api.Objects) WriteCase(writer, types, model.Name);
                    foreach (var model in api.Unions) WriteCase(writer, types, model.Name);
                    foreach (var model in api.Enums) WriteCase(writer, types, model.Name);
                    WriteBodyCases(writer, types, api);
                    writer.Line("return null;");
                }

                writer.Line();
                writer.Line($"private static {Json}Serialization.Metadata.JsonTypeInfo<T> Info<T>({Json}JsonSerializerOptions options, {Json}Serialization.JsonConverter<T> converter) =>");
                writer.Line($"    {Json}Serialization.Metadata.JsonMetadataServices.CreateValueInfo<T>(options, converter);");
                writer.Line();
                using (writer.Block($"private static {Json}JsonSerializerOptions CreateOptions()"))
                {
                    // Custom converters cannot resume, so async reads re-parse a body that outgrows the buffer (16 KB by
                    // default) from its start: a 64 KB buffer reads typical responses in one pass.
                    writer.Line($"var options = new {Json}JsonSerializerOptions {{ TypeInfoResolver = Instance, DefaultBufferSize = 64 * 1024 }};");
                    writer.Line("options.MakeReadOnly();");
                    writer.Line("return options;");
                }
            }
        }

        return writer.ToString();
    }

    /// <summary>Bodies that are lists, maps or scalars have no converter of their own; the resolver builds one.</summary>
    private static void WriteBodyCases(CodeWriter writer, TypeSyntax types, ApiModel api)
    {
        var written = new System.Collections.Generic.HashSet<string>();
        foreach (var body in BodyContracts.BodyTypes(api))
        {
            if (body.Kind is TypeKind.Object or TypeKind.Enum or TypeKind.Union) continue;
            var type = types.TypeName(body);
            if (!written.Add(type)) continue;
            writer.Line($"if (type == typeof({type})) return Info(options, new {types.Wire}.DelegateConverter<{type}>({types.ElementReader(body)}, {types.ElementWriter(body)}));");
        }
    }

    private static void WriteCase(CodeWriter writer, TypeSyntax types, string modelName)
    {
        var type = types.ModelType(modelName);
        // The converter is declared beside the resolver, so its short name cannot be shadowed.
        writer.Line($"if (type == typeof({type})) return Info(options, new {GeneratedNames.JsonConverter(modelName)}());");
    }
}
