using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits a reflection-free <c>JsonConverter&lt;T&gt;</c> for a generated class: it reads and writes every property
/// with <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c>, so serialisation works trimmed and under Native AOT.
/// </summary>
internal static class ObjectConverterEmitter
{
    private const string Json = "global::System.Text.Json.";

    public static void Write(CodeWriter writer, ApiModel api, ObjectModel model)
    {
        var types = new TypeSyntax(api);
        var modelType = types.ModelType(model.Name);
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            Text.WriteDocComment(writer, $"Reads and writes {model.Name} as JSON without reflection.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public sealed class {GeneratedNames.JsonConverter(model.Name)} : {Json}Serialization.JsonConverter<{modelType}>"))
            {
                writer.Line("/// <summary>The shared instance; the converter holds no state.</summary>");
                writer.Line($"public static {GeneratedNames.JsonConverter(model.Name)} Instance {{ get; }} = new {GeneratedNames.JsonConverter(model.Name)}();");
                writer.Line();
                WriteRead(writer, types, model, modelType);
                writer.Line();
                WriteWrite(writer, types, model, modelType);
            }
        }
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
                if (NeedsSeenFlag(property)) writer.Line($"bool {SeenFlag(property)} = false;");
            }

            writer.Line($"global::System.Collections.Generic.IDictionary<string, {Json}JsonElement>? {AdditionalLocal} = null;");
            writer.Line($"{Json}Utf8JsonReader {NameLocal} = default;");
            using (writer.Block("try"))
            using (writer.Block($"while (reader.Read() && reader.TokenType != {Json}JsonTokenType.EndObject)"))
            {
                // A copy of the reader at the property's name, to match the name and to name it in errors.
                writer.Line($"{NameLocal} = reader;");
                writer.Line("reader.Read();");
                if (model.Properties.Any(p => p.IsNullableInCSharp)) writer.Line($"var {IsNullLocal} = reader.TokenType == {Json}JsonTokenType.Null;");
                var keyword = "if";
                foreach (var property in model.Properties)
                {
                    WriteReadProperty(writer, types, model, property, $"{keyword} ({NameLocal}.ValueTextEquals({Text.Utf8Literal(property.JsonName)}))");
                    keyword = "else if";
                }

                // A property the schema does not declare is kept as it came, to be written back unchanged.
                writer.Line((model.Properties.Count == 0 ? "" : "else ") + $"{types.Wire}.ReadAdditionalProperty(ref reader, {NameLocal}.GetString()!, ref {AdditionalLocal});");
            }

            using (writer.Block($"catch ({Json}JsonException error) when ({NameLocal}.TokenType == {Json}JsonTokenType.PropertyName)"))
            {
                writer.Line($"throw {types.Wire}.AtPath(error, {NameLocal}.GetString()!);");
            }

            // A required property that is missing fails in the initializer, in the order the properties are declared.
            writer.Line($"return new {modelType}");
            writer.Line("{");
            writer.Indent();
            foreach (var property in model.Properties)
            {
                var local = Local(property);
                var missing = $"throw {MissingMethod}({Text.Literal(property.JsonName)})";
                var value = !property.IsRequired ? local
                    : NeedsSeenFlag(property) ? $"{SeenFlag(property)} ? {local} : {missing}"
                    : $"{local} ?? {missing}";
                writer.Line($"{property.Name} = {value},");
            }
            writer.Line($"{GeneratedNames.AdditionalProperties} = {AdditionalLocal},");

            writer.Outdent();
            writer.Line("};");
        }

        if (model.Properties.Any(p => p.IsRequired))
        {
            writer.Line();
            writer.Line($"private static {Json}JsonException {MissingMethod}(string jsonName) => {types.Wire}.MissingProperty({Text.Literal(model.Name)}, jsonName);");
        }
    }

    /// <summary>
    /// One line per property: the typed readers reject a null where the type needs a value, so only a nullable
    /// property checks for null, and only a property whose null must be told from its absence needs a block.
    /// </summary>
    private static void WriteReadProperty(CodeWriter writer, TypeSyntax types, ObjectModel model, PropertyModel property, string condition)
    {
        var local = Local(property);
        if (!property.IsNullableInCSharp && property.Type.Kind == TypeKind.Any)
        {
            // A JSON null is a JsonElement too, so it is rejected here.
            using (writer.Block(condition))
            {
                writer.Line($"if (reader.TokenType == {Json}JsonTokenType.Null) throw {types.Wire}.NullNotAllowed({Text.Literal(model.Name)}, {Text.Literal(property.JsonName)});");
                writer.Line($"{local} = {types.Read(property.Type)};");
            }

            return;
        }

        // A nullable property reads null as null; an optional one sent as null reads as absent.
        var read = property.IsNullableInCSharp ? $"{local} = {IsNullLocal} ? null : {types.Read(property.Type)};" : $"{local} = {types.Read(property.Type)};";
        if (!NeedsSeenFlag(property))
        {
            writer.Line($"{condition} {read}");
            return;
        }

        using (writer.Block(condition))
        {
            writer.Line($"{SeenFlag(property)} = true;");
            writer.Line(read);
        }
    }

    private static void WriteWrite(CodeWriter writer, TypeSyntax types, ObjectModel model, string modelType)
    {
        writer.Line("/// <inheritdoc/>");
        using (writer.Block($"public override void Write({Json}Utf8JsonWriter writer, {modelType} value, {Json}JsonSerializerOptions options)"))
        {
            writer.Line("writer.WriteStartObject();");
            foreach (var property in model.Properties)
            {
                var name = Text.Utf8Literal(property.JsonName);
                var access = "value." + property.Name;
                if (!property.IsNullableInCSharp || (property.IsRequired && property.Type.Kind == TypeKind.String))
                {
                    // WriteString writes a null string as null, which a required nullable string is sent as.
                    WriteProperty(writer, types, property.Type, name, access);
                    continue;
                }

                var local = Local(property);
                var condition = $"if ({access} is {{ }} {local})";
                if (IsOneCall(property.Type))
                {
                    writer.Line(condition + " " + PropertyCall(property.Type, name, local));
                }
                else
                {
                    using (writer.Block(condition)) WriteProperty(writer, types, property.Type, name, local);
                }

                // Required but nullable: the property is always sent, as null when there is no value.
                if (property.IsRequired) writer.Line($"else writer.WriteNull({name});");
            }

            writer.Line($"{types.Wire}.WriteAdditionalProperties(writer, value.{GeneratedNames.AdditionalProperties});");
            writer.Line("writer.WriteEndObject();");
        }
    }

    /// <summary>Writes a property's name and its non-null value.</summary>
    private static void WriteProperty(CodeWriter writer, TypeSyntax types, TypeModel type, string name, string value)
    {
        if (IsOneCall(type))
        {
            writer.Line(PropertyCall(type, name, value));
            return;
        }

        writer.Line($"writer.WritePropertyName({name});");
        writer.Line(types.Write(type, value));
    }

    /// <summary>True for the types <c>Utf8JsonWriter</c> writes with their name in one call.</summary>
    private static bool IsOneCall(TypeModel type) =>
        type.Kind is TypeKind.String or TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal;

    private static string PropertyCall(TypeModel type, string name, string value) => type.Kind switch
    {
        TypeKind.String => $"writer.WriteString({name}, {value});",
        TypeKind.Boolean => $"writer.WriteBoolean({name}, {value});",
        _ => $"writer.WriteNumber({name}, {value});",
    };

    /// <summary>
    /// A required property that may be null needs a flag to tell null from missing; for any other required property
    /// the local itself is null only when the property is missing, as a null value is rejected while reading.
    /// </summary>
    private static bool NeedsSeenFlag(PropertyModel property) => property.IsRequired && property.IsNullable;

    private const string NameLocal = "jsonName";
    private const string MissingMethod = "Missing";
    private const string IsNullLocal = "isNull";
    private const string AdditionalLocal = "additionalProperties";

    private static readonly string[] ReservedLocals = { "reader", "writer", "value", "options", "typeToConvert", "error", NameLocal, AdditionalLocal, IsNullLocal };

    /// <summary>The local variable for a property, never one of the method's parameters or other locals.</summary>
    private static string Local(PropertyModel property)
    {
        var name = property.Name.TrimStart('@');
        var local = char.ToLowerInvariant(name[0]) + name.Substring(1);
        return Helpers.Identifiers.MakeValid(System.Array.IndexOf(ReservedLocals, local) >= 0 ? local + "Value" : local);
    }

    private static string SeenFlag(PropertyModel property) => Local(property).TrimStart('@') + "Seen";
}
