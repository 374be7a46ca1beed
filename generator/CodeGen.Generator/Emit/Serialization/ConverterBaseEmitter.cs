using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the bases of a spec's object and enum converters, so each generated converter says only what is its own:
/// an object converter its properties, an enum converter its table of wire values.
/// </summary>
internal static class ConverterBaseEmitter
{
    public static string EmitObjectBase(ApiModel api) => Emit(api, ObjectBase
        .Replace("{Name}", GeneratedNames.ObjectConverterBase(api.ApiName))
        .Replace("{JsonWire}", api.JsonWireName));

    public static string EmitEnumBase(ApiModel api) => Emit(api, EnumBase
        .Replace("{Name}", GeneratedNames.EnumConverterBase(api.ApiName))
        .Replace("{JsonWire}", api.JsonWireName)
        .Replace("{EnumWireValues}", GeneratedNames.EnumWireValues));

    /// <summary>The bases' nested types, which a converter's code sees by their names.</summary>
    public static readonly string[] NestedTypes = SerializationScope.NestedTypesOf(ObjectBase + EnumBase);

    private static string Emit(ApiModel api, string body)
    {
        var writer = FileHeader.Start(api.SpecFileName);
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            writer.Lines(body.Replace("{GeneratedCode}", FileHeader.GeneratedCodeAttribute));
        }

        return writer.ToString();
    }

    private const string ObjectBase = """
/// <summary>
/// The base of the generated object converters: it writes the object's braces, and gives an error while reading a
/// property's value the property's JSON path.
/// </summary>
/// <typeparam name="T">The model.</typeparam>
{GeneratedCode}
public abstract class {Name}<T> : global::System.Text.Json.Serialization.JsonConverter<T>
{
    private protected {Name}()
    {
    }

    /// <summary>The model's name, for error messages.</summary>
    private protected abstract string TypeName { get; }

    /// <inheritdoc/>
    public sealed override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject) throw {JsonWire}.UnexpectedToken(ref reader, TypeName, "an object");
        var property = default({JsonWire}.PropertyCursor);
        try
        {
            return ReadObject(ref reader, ref property, options);
        }
        catch (global::System.Text.Json.JsonException error) when (property.IsAtProperty)
        {
            throw {JsonWire}.AtPath(error, property.Name);
        }
    }

    /// <inheritdoc/>
    public sealed override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteProperties(writer, value, options);
        writer.WriteEndObject();
    }

    /// <summary>Reads the object at the reader, walking its properties with <paramref name="property"/>.</summary>
    private protected abstract T ReadObject(ref global::System.Text.Json.Utf8JsonReader reader, ref {JsonWire}.PropertyCursor property, global::System.Text.Json.JsonSerializerOptions options);

    /// <summary>The error of a required property that is missing.</summary>
    private protected global::System.Text.Json.JsonException Missing(string jsonName) => {JsonWire}.MissingProperty(TypeName, jsonName);

    /// <summary>Writes the object's properties, between its braces.</summary>
    private protected abstract void WriteProperties(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options);
}
""";

    private const string EnumBase = """
/// <summary>
/// The base of the generated enum converters: it reads and writes an enum as its wire values. A wire value the spec
/// does not list never fails deserialisation and is written back as it came.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
{GeneratedCode}
public abstract class {Name}<TEnum> : global::System.Text.Json.Serialization.JsonConverter<TEnum>
    where TEnum : struct, global::System.Enum
{
    private readonly {JsonWire}.{EnumWireValues}<TEnum> _wireValues;

    private protected {Name}({JsonWire}.{EnumWireValues}<TEnum> wireValues) => _wireValues = wireValues;

    /// <inheritdoc/>
    public sealed override TEnum Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) =>
        _wireValues.Read(ref reader);

    /// <inheritdoc/>
    public sealed override void Write(global::System.Text.Json.Utf8JsonWriter writer, TEnum value, global::System.Text.Json.JsonSerializerOptions options) =>
        _wireValues.Write(writer, value);
}
""";
}
