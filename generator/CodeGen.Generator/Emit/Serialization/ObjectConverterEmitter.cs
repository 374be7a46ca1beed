using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits a reflection-free <c>JsonConverter&lt;T&gt;</c> for a generated class: it reads and writes every property
/// with <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c>, so serialisation works trimmed and under Native AOT.
/// </summary>
internal static class ObjectConverterEmitter
{
    private const string Json = "global::System.Text.Json.";

    public static string Emit(ApiModel api, ObjectModel model)
    {
        var types = new TypeSyntax(api);
        var modelType = types.ModelType(model.Name);
        var writer = FileHeader.Start(api.SpecFileName);
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            Text.WriteDocComment(writer, $"Reads and writes {model.Name} as JSON without reflection.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public sealed class {GeneratedNames.JsonConverter(model.Name)} : {Json}Serialization.JsonConverter<{modelType}>"))
            {
                writer.Line("/// <summary>The shared instance; the converter holds no state.</summary>");
                writer.Line($"public static {GeneratedNames.JsonConverter(model.Name)} Instance {{ get; }} = new {GeneratedNames.JsonConverter(model.Name)}();");
                writer.Line();
                foreach (var property in model.Properties)
                {
                    writer.Line($"private static readonly {Json}JsonEncodedText {NameField(property)} = {Json}JsonEncodedText.Encode({Text.Literal(property.JsonName)});");
                }

                if (model.Properties.Count > 0) writer.Line();
                WriteRead(writer, types, model, modelType);
                writer.Line();
                WriteWrite(writer, types, model, modelType);
            }
        }

        return writer.ToString();
    }

    private static void WriteRead(CodeWriter writer, TypeSyntax types, ObjectModel model, string modelType)
    {
        writer.Line("/// <inheritdoc/>");
        using (writer.Block($"public override {modelType} Read(ref {Json}Utf8JsonReader reader, global::System.Type typeToConvert, {Json}JsonSerializerOptions options)"))
        {
            writer.Line($"{types.Wire}.ExpectStartObject(ref reader, {Text.Literal(model.Name)});");
            foreach (var property in model.Properties)
            {
                var local = Local(property);
                writer.Line($"{types.TypeName(property.Type)}? {local} = default;");
                if (property.IsRequired) writer.Line($"bool {SeenFlag(property)} = false;");
            }

            writer.Line($"global::System.Collections.Generic.IDictionary<string, {Json}JsonElement>? {AdditionalLocal} = null;");
            writer.Line($"string? {NameLocal} = null;");
            using (writer.Block("try"))
            using (writer.Block($"while (reader.Read() && reader.TokenType != {Json}JsonTokenType.EndObject)"))
            {
                var first = true;
                foreach (var property in model.Properties)
                {
                    var condition = $"{(first ? "if" : "else if")} (reader.ValueTextEquals({Text.Utf8Literal(property.JsonName)}))";
                    first = false;
                    using (writer.Block(condition))
                    {
                        writer.Line($"{NameLocal} = {Text.Literal(property.JsonName)};");
                        writer.Line("reader.Read();");
                        var local = Local(property);
                        if (property.IsRequired) writer.Line($"{SeenFlag(property)} = true;");
                        if (property.IsNullableInCSharp)
                        {
                            // A nullable property reads null as null; an optional one sent as null reads as absent.
                            writer.Line($"{local} = reader.TokenType == {Json}JsonTokenType.Null ? null : {types.Read(property.Type)};");
                        }
                        else
                        {
                            writer.Line($"if (reader.TokenType == {Json}JsonTokenType.Null) throw {types.Wire}.NullNotAllowed({Text.Literal(model.Name)}, {Text.Literal(property.JsonName)});");
                            writer.Line($"{local} = {types.Read(property.Type)};");
                        }
                    }
                }

                // A property the schema does not declare is kept as it came, to be written back unchanged.
                if (first)
                {
                    WriteReadAdditionalProperty(writer, types);
                }
                else
                {
                    using (writer.Block("else")) WriteReadAdditionalProperty(writer, types);
                }
            }

            using (writer.Block($"catch ({Json}JsonException error) when ({NameLocal} is not null)"))
            {
                writer.Line($"throw {types.Wire}.AtPath(error, {NameLocal});");
            }

            foreach (var property in model.Properties)
            {
                if (property.IsRequired)
                {
                    writer.Line($"if (!{SeenFlag(property)}) throw {types.Wire}.MissingProperty({Text.Literal(model.Name)}, {Text.Literal(property.JsonName)});");
                }
            }

            writer.Line($"return new {modelType}");
            writer.Line("{");
            writer.Indent();
            foreach (var property in model.Properties)
            {
                var value = Local(property);
                if (!property.IsNullableInCSharp) value += property.Type.IsValueType ? ".GetValueOrDefault()" : "!";
                writer.Line($"{property.Name} = {value},");
            }
            writer.Line($"{GeneratedNames.AdditionalProperties} = {AdditionalLocal},");

            writer.Outdent();
            writer.Line("};");
        }
    }

    private static void WriteReadAdditionalProperty(CodeWriter writer, TypeSyntax types)
    {
        writer.Line($"{NameLocal} = reader.GetString()!;");
        writer.Line("reader.Read();");
        writer.Line($"{types.Wire}.ReadAdditionalProperty(ref reader, {NameLocal}, ref {AdditionalLocal});");
    }

    private static void WriteWrite(CodeWriter writer, TypeSyntax types, ObjectModel model, string modelType)
    {
        writer.Line("/// <inheritdoc/>");
        using (writer.Block($"public override void Write({Json}Utf8JsonWriter writer, {modelType} value, {Json}JsonSerializerOptions options)"))
        {
            writer.Line("writer.WriteStartObject();");
            foreach (var property in model.Properties)
            {
                var nameField = NameField(property);
                var access = "value." + property.Name;
                if (!property.IsNullableInCSharp)
                {
                    writer.Line($"writer.WritePropertyName({nameField});");
                    writer.Line(types.Write(property.Type, access));
                    continue;
                }

                var local = Local(property);
                using (writer.Block($"if ({access} is {{ }} {local})"))
                {
                    writer.Line($"writer.WritePropertyName({nameField});");
                    writer.Line(types.Write(property.Type, local));
                }

                if (property.IsRequired)
                {
                    // Required but nullable: the property is always sent, as null when there is no value.
                    writer.Line($"else writer.WriteNull({nameField});");
                }
            }

            writer.Line($"{types.Wire}.WriteAdditionalProperties(writer, value.{GeneratedNames.AdditionalProperties});");
            writer.Line("writer.WriteEndObject();");
        }
    }

    private const string NameLocal = "jsonName";
    private const string AdditionalLocal = "additionalProperties";

    private static readonly string[] ReservedLocals = { "reader", "writer", "value", "options", "typeToConvert", "error", NameLocal, AdditionalLocal };

    /// <summary>The local variable for a property, never one of the method's parameters or other locals.</summary>
    private static string Local(PropertyModel property)
    {
        var name = property.Name.TrimStart('@');
        var local = char.ToLowerInvariant(name[0]) + name.Substring(1);
        return Helpers.Identifiers.MakeValid(System.Array.IndexOf(ReservedLocals, local) >= 0 ? local + "Value" : local);
    }

    private static string SeenFlag(PropertyModel property) => Local(property).TrimStart('@') + "Seen";

    private static string NameField(PropertyModel property) => property.Name.TrimStart('@') + "PropertyName";
}
