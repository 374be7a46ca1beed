using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits a reflection-free <c>JsonConverter&lt;T&gt;</c> for a generated class: it reads and writes every property
/// with <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c>, so serialisation works trimmed and under Native AOT. The spec's
/// object converter base and JSON helpers (<see cref="ConverterBaseEmitter"/>, <see cref="JsonWireEmitter"/>) do
/// what every converter shares, so each says only its properties, one line each.
/// </summary>
internal static class ObjectConverterEmitter
{
    private const string Json = "global::System.Text.Json.";

    public static void Write(CodeWriter writer, ApiModel api, ObjectModel model)
    {
        var types = TypeSyntax.ForSerialization(api);
        var modelType = types.ModelType(model.Name);
        var converter = GeneratedNames.JsonConverter(model.Name);
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            writer.Line($"using static {api.JsonWireName};");
            writer.Line();
            Text.WriteDocComment(writer, $"Reads and writes {model.Name} as JSON without reflection.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public sealed class {converter} : {GeneratedNames.ObjectConverterBase(api.ApiName)}<{modelType}>"))
            {
                writer.Line($"internal static readonly {converter} Instance = new();");
                writer.Line();
                writer.Line($"private protected override string TypeName => {Text.Literal(model.Name)};");
                writer.Line();
                WriteRead(writer, types, model, modelType);
                writer.Line();
                WriteWrite(writer, types, model, modelType);
            }
        }
    }

    private static void WriteRead(CodeWriter writer, TypeSyntax types, ObjectModel model, string modelType)
    {
        using (writer.Block($"private protected override {modelType} ReadObject(ref {Json}Utf8JsonReader reader, ref PropertyCursor {Cursor}, {Json}JsonSerializerOptions options)"))
        {
            foreach (var property in model.Properties)
            {
                var local = Local(property);
                writer.Line($"{types.TypeName(property.Type)}? {local} = null;");
                if (NeedsSeenFlag(property)) writer.Line($"bool {SeenFlag(property)} = false;");
            }

            var isNull = model.Properties.Any(p => TestsForNull(types, p)) ? $", out var {IsNullLocal}" : "";
            using (writer.Block($"while ({Cursor}.MoveNext(ref reader{isNull}))"))
            {
                var keyword = "if";
                foreach (var property in model.Properties)
                {
                    WriteReadProperty(writer, types, model, property, $"{keyword} ({Cursor}.Is({Text.Utf8Literal(property.JsonName)}))");
                    keyword = "else if";
                }

                // A property the schema does not declare is kept as it came, to be written back unchanged.
                writer.Line((model.Properties.Count == 0 ? "" : "else ") + $"{Cursor}.KeepAsAdditional(ref reader);");
            }

            // A required property that is missing fails in the initializer, in the order the properties are declared.
            writer.Line();
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
            writer.Line($"{GeneratedNames.AdditionalProperties} = {Cursor}.{GeneratedNames.AdditionalProperties},");

            writer.Outdent();
            writer.Line("};");
        }
    }

    /// <summary>
    /// One line per property: the typed readers reject a null where the type needs a value, so only a nullable
    /// property checks for null, and only a property whose null must be told from its absence also sets its flag.
    /// </summary>
    private static void WriteReadProperty(CodeWriter writer, TypeSyntax types, ObjectModel model, PropertyModel property, string condition)
    {
        var local = Local(property);
        if (!property.IsNullableInCSharp && property.Type.Kind == TypeKind.Any)
        {
            // A JSON null is a JsonElement too, so it is rejected here.
            using (writer.Block(condition))
            {
                writer.Line($"if (reader.TokenType == {Json}JsonTokenType.Null) throw NullNotAllowed({Text.Literal(model.Name)}, {Text.Literal(property.JsonName)});");
                writer.Line($"{local} = {types.Read(property.Type)};");
            }

            return;
        }

        // A nullable property reads null as null; an optional one sent as null reads as absent.
        var value = !property.IsNullableInCSharp ? types.Read(property.Type)
            : types.ReadOrNull(property.Type) ?? $"{IsNullLocal} ? null : {types.Read(property.Type)}";
        var read = $"{local} = {value};";
        if (!NeedsSeenFlag(property))
        {
            writer.Line($"{condition} {read}");
            return;
        }

        writer.Line($"{condition} {{ {SeenFlag(property)} = true; {read} }}");
    }

    private static void WriteWrite(CodeWriter writer, TypeSyntax types, ObjectModel model, string modelType)
    {
        using (writer.Block($"private protected override void WriteProperties({Json}Utf8JsonWriter writer, {modelType} value, {Json}JsonSerializerOptions options)"))
        {
            foreach (var property in model.Properties)
            {
                var name = Text.Utf8Literal(property.JsonName);
                var access = "value." + property.Name;
                if (!property.IsNullableInCSharp || (property.IsRequired && property.Type.Kind == TypeKind.String))
                {
                    // WriteString writes a null string as null, which a required nullable string is sent as.
                    writer.Line(types.WriteProperty(property.Type, name, access));
                    continue;
                }

                if (!property.IsRequired)
                {
                    // An optional property without a value is left out.
                    writer.Line(types.WriteOptional(property.Type, name, access));
                    continue;
                }

                // Required but nullable: the property is always sent, as null when there is no value.
                if (types.WriteOrNull(property.Type, name, access) is { } orNull)
                {
                    writer.Line(orNull);
                    continue;
                }

                var local = Local(property);
                writer.Line($"if ({access} is {{ }} {local}) {types.WriteProperty(property.Type, name, local)}");
                writer.Line($"else writer.WriteNull({name});");
            }

            writer.Line($"WriteAdditionalProperties(writer, value.{GeneratedNames.AdditionalProperties});");
        }
    }

    /// <summary>
    /// A required property that may be null needs a flag to tell null from missing; for any other required property
    /// the local itself is null only when the property is missing, as a null value is rejected while reading.
    /// </summary>
    private static bool NeedsSeenFlag(PropertyModel property) => property.IsRequired && property.IsNullable;

    /// <summary>A nullable property whose type has no reader of its own for null tests the cursor's null flag.</summary>
    private static bool TestsForNull(TypeSyntax types, PropertyModel property) =>
        property.IsNullableInCSharp && types.ReadOrNull(property.Type) is null;

    private const string Cursor = "property";
    private const string MissingMethod = "Missing";
    private const string IsNullLocal = "isNull";

    private static readonly string[] ReservedLocals = { "reader", "writer", "value", "options", Cursor, IsNullLocal };

    /// <summary>The local variable for a property, never one of the method's parameters or other locals.</summary>
    private static string Local(PropertyModel property)
    {
        var name = property.Name.TrimStart('@');
        var local = char.ToLowerInvariant(name[0]) + name.Substring(1);
        return Helpers.Identifiers.MakeValid(System.Array.IndexOf(ReservedLocals, local) >= 0 ? local + "Value" : local);
    }

    private static string SeenFlag(PropertyModel property) => Local(property).TrimStart('@') + "Seen";
}
