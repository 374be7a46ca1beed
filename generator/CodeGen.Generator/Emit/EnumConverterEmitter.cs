using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the JSON converter of a generated enum. A wire value the spec does not list never fails deserialisation:
/// integer codes come back as the cast number (and are written back unchanged), other strings as <c>default</c>.
/// </summary>
internal static class EnumConverterEmitter
{
    private const string Json = "global::System.Text.Json.";

    public static string Emit(ApiModel api, EnumModel model)
    {
        var types = new TypeSyntax(api);
        var enumType = types.ModelType(model.Name);
        var writer = FileHeader.Start(api.SpecFileName);
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            Text.WriteDocComment(writer, $"Reads and writes {model.Name} as its wire values, without reflection.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public sealed class {GeneratedNames.JsonConverter(model.Name)} : {Json}Serialization.JsonConverter<{enumType}>"))
            {
                Text.WriteDocComment(writer, "Reads a wire value at the reader's current token.");
                using (writer.Block($"public static {enumType} ReadValue(ref {Json}Utf8JsonReader reader)"))
                {
                    if (model.IsNumberOnWire)
                    {
                        writer.Line($"if (reader.TokenType != {Json}JsonTokenType.Number) throw JsonWire.UnexpectedToken(ref reader, {Text.Literal(model.Name)}, \"a number\");");
                        writer.Line($"return ({enumType})reader.GetInt64();");
                    }
                    else
                    {
                        writer.Line($"if (reader.TokenType != {Json}JsonTokenType.String) throw JsonWire.UnexpectedToken(ref reader, {Text.Literal(model.Name)}, \"a string\");");
                        foreach (var member in model.Members)
                        {
                            writer.Line($"if (reader.ValueTextEquals({Text.Utf8Literal(member.WireValue)})) return {enumType}.{member.Name};");
                        }

                        writer.Line(model.CodesAreIntegers
                            ? $"return long.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out var code) ? ({enumType})code : default;"
                            : "return default;");
                    }
                }

                writer.Line();
                Text.WriteDocComment(writer, "Writes the wire value of a member.");
                using (writer.Block($"public static void WriteValue({Json}Utf8JsonWriter writer, {enumType} value)"))
                {
                    if (model.IsNumberOnWire)
                    {
                        writer.Line("writer.WriteNumberValue((long)value);");
                    }
                    else
                    {
                        using (writer.Block("switch (value)"))
                        {
                            foreach (var member in model.Members)
                            {
                                writer.Line($"case {enumType}.{member.Name}: writer.WriteStringValue({Text.Utf8Literal(member.WireValue)}); return;");
                            }

                            writer.Line(model.CodesAreIntegers
                                ? "default: writer.WriteStringValue(((long)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture)); return;"
                                : $"default: throw new {Json}JsonException($\"{model.Name} has no wire value for {{(long)value}}.\");");
                        }
                    }
                }

                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line($"public override {enumType} Read(ref {Json}Utf8JsonReader reader, global::System.Type typeToConvert, {Json}JsonSerializerOptions options) => ReadValue(ref reader);");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line($"public override void Write({Json}Utf8JsonWriter writer, {enumType} value, {Json}JsonSerializerOptions options) => WriteValue(writer, value);");
            }
        }

        return writer.ToString();
    }
}
