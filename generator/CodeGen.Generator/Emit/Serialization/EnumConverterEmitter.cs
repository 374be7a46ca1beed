using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the JSON converter of a generated enum. A wire value the spec does not list never fails deserialisation and
/// is written back as it came: an integer code is held as the cast number, any other string as a number the enum's
/// <c>UnknownValues</c> remembers it by.
/// </summary>
internal static class EnumConverterEmitter
{
    private const string Json = "global::System.Text.Json.";

    public static void Write(CodeWriter writer, ApiModel api, EnumModel model)
    {
        var types = new TypeSyntax(api);
        var enumType = types.ModelType(model.Name);
        var unknown = $"{types.ModelType(GeneratedNames.EnumExtensions(model.Name))}.{EnumEmitter.UnknownValuesField}";
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
                        writer.Line($"var value = ({enumType}){types.Wire}.{(model.IsLong ? "ReadInt64" : "ReadInt32")}(ref reader);");
                        writer.Line($"if (!value.IsDefined()) {unknown}.Saw((long)value);");
                        writer.Line("return value;");
                    }
                    else
                    {
                        writer.Line($"if (reader.TokenType != {Json}JsonTokenType.String) throw {types.Wire}.UnexpectedToken(ref reader, {Text.Literal(model.Name)}, \"a string\");");
                        foreach (var member in model.Members)
                        {
                            writer.Line($"if (reader.ValueTextEquals({Text.Utf8Literal(member.WireValue)})) return {enumType}.{member.Name};");
                        }

                        writer.Line($"return ({enumType}){unknown}.Hold(reader.GetString()!, integerCodes: {(model.CodesAreIntegers ? "true" : "false")});");
                    }
                }

                writer.Line();
                Text.WriteDocComment(writer, "Writes the wire value of a member, or of a value read from the wire.");
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
                                ? "default: writer.WriteStringValue(value.ToWireValue()); return;"
                                : $"default: {unknown}.Write(writer, (long)value); return;");
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
    }
}
