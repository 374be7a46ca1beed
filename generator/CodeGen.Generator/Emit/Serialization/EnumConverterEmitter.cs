using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the JSON converter of a generated enum: a thin class over the enum's <c>EnumWireValues</c>. A wire value
/// the spec does not list never fails deserialisation and is written back as it came.
/// </summary>
internal static class EnumConverterEmitter
{
    private const string Json = "global::System.Text.Json.";

    public static void Write(CodeWriter writer, ApiModel api, EnumModel model)
    {
        var types = new TypeSyntax(api);
        var enumType = types.ModelType(model.Name);
        var table = $"{types.ModelType(GeneratedNames.EnumExtensions(model.Name))}.{GeneratedNames.EnumWireValuesField}";
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            Text.WriteDocComment(writer, $"Reads and writes {model.Name} as its wire values, without reflection.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public sealed class {GeneratedNames.JsonConverter(model.Name)} : {Json}Serialization.JsonConverter<{enumType}>"))
            {
                Text.WriteDocComment(writer, "Reads a wire value at the reader's current token.");
                writer.Line($"public static {enumType} ReadValue(ref {Json}Utf8JsonReader reader) => {table}.Read(ref reader);");
                writer.Line();
                Text.WriteDocComment(writer, "Writes the wire value of a member, or of a value read from the wire.");
                writer.Line($"public static void WriteValue({Json}Utf8JsonWriter writer, {enumType} value) => {table}.Write(writer, value);");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line($"public override {enumType} Read(ref {Json}Utf8JsonReader reader, global::System.Type typeToConvert, {Json}JsonSerializerOptions options) => ReadValue(ref reader);");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line($"public override void Write({Json}Utf8JsonWriter writer, {enumType} value, {Json}JsonSerializerOptions options) => WriteValue(writer, value);");
            }
        }
    }
}
