using System;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>The C# spelling of a <see cref="TypeModel"/>, and the code that reads and writes it as JSON.</summary>
internal sealed class TypeSyntax
{
    private const string Json = "global::System.Text.Json.";
    private readonly ApiModel _api;
    private readonly System.Collections.Generic.HashSet<string>? _hiddenModels;

    /// <summary>How the code reaches the JSON helpers: by their class, or by name where it imports them.</summary>
    private readonly string _helpers;

    /// <summary>How code in the models' namespace reaches the serialization namespace: by its short name, or qualified.</summary>
    private readonly string _serialization;

    /// <param name="api">The spec.</param>
    /// <param name="helpersImported">The code imports the spec's JSON helpers with <c>using static</c>.</param>
    public TypeSyntax(ApiModel api, bool helpersImported = false)
        : this(api, null, helpersImported)
    {
    }

    /// <summary>
    /// For code declared in the spec's namespace: its models by their short names, as the file's namespace finds them,
    /// except <paramref name="nestedTypes"/>, names a nested type or type parameter of the enclosing declarations would
    /// hide. The serialization namespace is reached by its short name too, which no model can take.
    /// </summary>
    public TypeSyntax(ApiModel api, System.Collections.Generic.IEnumerable<string> nestedTypes)
        : this(api, new System.Collections.Generic.HashSet<string>(nestedTypes, StringComparer.Ordinal), helpersImported: false)
    {
    }

    private TypeSyntax(ApiModel api, System.Collections.Generic.HashSet<string>? hiddenModels, bool helpersImported)
    {
        _api = api;
        _hiddenModels = hiddenModels;
        _helpers = helpersImported ? "" : api.JsonWireName + ".";
        _serialization = hiddenModels is not null ? GeneratedNames.SerializationNamespace : "global::" + api.SerializationNamespace;
    }

    /// <summary>
    /// For the type names of code in the serialization namespace: a model by its short name where C# finds that model,
    /// that is unless a type of the serialization namespace or a nested type of the helpers or of the converter bases
    /// takes its name (<see cref="SerializationScope"/>). Not for expressions, where the members of a converter and
    /// its bases would also hide a model: those spell models with <see cref="QualifiedModel"/>.
    /// </summary>
    public static TypeSyntax ForSerialization(ApiModel api, bool helpersImported = true) => new(api, SerializationScope.HidingNames(api), helpersImported);

    public string TypeName(TypeModel type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Single => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.DateTimeOffset or TypeKind.CustomDateTime => "global::System.DateTimeOffset",
        TypeKind.DateOnly or TypeKind.CustomDate => "global::System.DateOnly",
        TypeKind.Object or TypeKind.Enum or TypeKind.Union => ModelType(type.Name!),
        TypeKind.Array => $"global::System.Collections.Generic.List<{TypeName(type.Element!)}>",
        TypeKind.Map => $"global::System.Collections.Generic.Dictionary<string, {TypeName(type.Element!)}>",
        TypeKind.Any => Json + "JsonElement",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    public string ModelType(string name) =>
        _hiddenModels is not null && !_hiddenModels.Contains(name) ? name : QualifiedModel(name);

    /// <summary>A type of the spec's namespace by its qualified name, which every context finds.</summary>
    public string QualifiedModel(string name) => $"global::{_api.Namespace}.{name}";

    /// <summary>The spec's JSON helper class, by its short name, for code in the serialization namespace.</summary>
    public string Wire => _api.JsonWireName;

    public string JsonWireType => $"{_serialization}.{_api.JsonWireName}";

    public string ConverterType(string name) => $"{_serialization}.{GeneratedNames.JsonConverter(name)}";

    /// <summary>A converter by its short name, for code in the serialization namespace, where it is declared.</summary>
    private static string Converter(string name) => GeneratedNames.JsonConverter(name);

    /// <summary>
    /// An expression that reads a non-null value of <paramref name="type"/> at the reader's current token, for code in
    /// the serialization namespace.
    /// </summary>
    public string Read(TypeModel type, string reader = "reader", string options = "options") => type.Kind switch
    {
        TypeKind.String => $"{_helpers}ReadString(ref {reader})",
        TypeKind.Boolean => $"{_helpers}ReadBoolean(ref {reader})",
        TypeKind.Int32 => $"{_helpers}ReadInt32(ref {reader})",
        TypeKind.Int64 => $"{_helpers}ReadInt64(ref {reader})",
        TypeKind.Single => $"{_helpers}ReadSingle(ref {reader})",
        TypeKind.Double => $"{_helpers}ReadDouble(ref {reader})",
        TypeKind.Decimal => $"{_helpers}ReadDecimal(ref {reader})",
        TypeKind.DateTimeOffset => $"{_helpers}ReadDateTime(ref {reader})",
        TypeKind.DateOnly => $"{_helpers}ReadDate(ref {reader}, \"yyyy-MM-dd\")",
        TypeKind.CustomDateTime => $"{_helpers}ReadDateTime(ref {reader}, {Text.Literal(type.DateFormat!)})",
        TypeKind.CustomDate => $"{_helpers}ReadDate(ref {reader}, {Text.Literal(type.DateFormat!)})",
        TypeKind.Object or TypeKind.Union or TypeKind.Enum => $"{_helpers}ReadValue(ref {reader}, {Instance(type)}, {options})",
        TypeKind.Array => $"{_helpers}ReadList(ref {reader}, {options}, {ItemReader(type.Element!)})",
        TypeKind.Map => $"{_helpers}ReadMap(ref {reader}, {options}, {ValueReader(type.Element!)})",
        TypeKind.Any => $"{Json}JsonElement.ParseValue(ref {reader})",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>
    /// An expression that reads a value of <paramref name="type"/> or a JSON null at the reader's current token, for
    /// code in the serialization namespace; null for the types without such a helper, which test for null first.
    /// </summary>
    public string? ReadOrNull(TypeModel type) => type.Kind switch
    {
        TypeKind.String => $"{_helpers}ReadStringOrNull(ref reader)",
        TypeKind.Boolean => $"{_helpers}ReadBooleanOrNull(ref reader)",
        TypeKind.DateTimeOffset => $"{_helpers}ReadDateTimeOrNull(ref reader)",
        TypeKind.Object or TypeKind.Union or TypeKind.Enum => $"{_helpers}ReadOrNull(ref reader, {Instance(type)}, options)",
        TypeKind.Array => $"{_helpers}ReadListOrNull(ref reader, options, {ItemReader(type.Element!)})",
        _ => null,
    };

    /// <summary>A statement that writes the non-null <paramref name="value"/> of <paramref name="type"/>, for code in the serialization namespace.</summary>
    public string Write(TypeModel type, string value, string writer = "writer", string options = "options") => type.Kind switch
    {
        TypeKind.String => $"{writer}.WriteStringValue({value});",
        TypeKind.Boolean => $"{writer}.WriteBooleanValue({value});",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => $"{writer}.WriteNumberValue({value});",
        TypeKind.DateTimeOffset => $"{_helpers}WriteDateTime({writer}, {value});",
        TypeKind.DateOnly => $"{_helpers}WriteDate({writer}, {value}, \"yyyy-MM-dd\");",
        TypeKind.CustomDateTime => $"{_helpers}WriteDateTime({writer}, {value}, {Text.Literal(type.DateFormat!)});",
        TypeKind.CustomDate => $"{_helpers}WriteDate({writer}, {value}, {Text.Literal(type.DateFormat!)});",
        TypeKind.Object or TypeKind.Union or TypeKind.Enum => $"{Instance(type)}.Write({writer}, {value}, {options});",
        TypeKind.Array => $"{_helpers}WriteList({writer}, {value}, {options}, {ItemWriter(type.Element!)});",
        TypeKind.Map => $"{_helpers}WriteMap({writer}, {value}, {options}, {ElementWriter(type.Element!)});",
        TypeKind.Any => $"{value}.WriteTo({writer});",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>
    /// A statement that writes a property's UTF-8 <paramref name="name"/> and its non-null <paramref name="value"/> of
    /// <paramref name="type"/> in one call, for code in the serialization namespace.
    /// </summary>
    public string WriteProperty(TypeModel type, string name, string value) => type.Kind switch
    {
        TypeKind.String => $"writer.WriteString({name}, {value});",
        TypeKind.Boolean => $"writer.WriteBoolean({name}, {value});",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => $"writer.WriteNumber({name}, {value});",
        TypeKind.DateTimeOffset => $"{_helpers}WriteDateTime(writer, {name}, {value});",
        TypeKind.DateOnly => $"{_helpers}WriteDate(writer, {name}, {value}, \"yyyy-MM-dd\");",
        TypeKind.CustomDateTime => $"{_helpers}WriteDateTime(writer, {name}, {value}, {Text.Literal(type.DateFormat!)});",
        TypeKind.CustomDate => $"{_helpers}WriteDate(writer, {name}, {value}, {Text.Literal(type.DateFormat!)});",
        TypeKind.Object or TypeKind.Union or TypeKind.Enum => $"{_helpers}WriteProperty(writer, {name}, {value}, {Instance(type)}, options);",
        TypeKind.Array => $"{_helpers}WriteList(writer, {name}, {value}, options, {ItemWriter(type.Element!)});",
        TypeKind.Map => $"{_helpers}WriteMap(writer, {name}, {value}, options, {ElementWriter(type.Element!)});",
        TypeKind.Any => $"{_helpers}WriteProperty(writer, {name}, {value});",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>
    /// A statement that writes a property's UTF-8 <paramref name="name"/> and its <paramref name="value"/> of
    /// <paramref name="type"/>, or nothing when the value is null, for code in the serialization namespace.
    /// </summary>
    public string WriteOptional(TypeModel type, string name, string value) => type.Kind switch
    {
        TypeKind.Object or TypeKind.Union or TypeKind.Enum or TypeKind.Array or TypeKind.Map => WriteProperty(type, name, value),
        TypeKind.DateOnly => $"{_helpers}WriteOptional(writer, {name}, {value}, \"yyyy-MM-dd\");",
        TypeKind.CustomDateTime or TypeKind.CustomDate => $"{_helpers}WriteOptional(writer, {name}, {value}, {Text.Literal(type.DateFormat!)});",
        _ => $"{_helpers}WriteOptional(writer, {name}, {value});",
    };

    /// <summary>
    /// A statement that writes a property's UTF-8 <paramref name="name"/> and its <paramref name="value"/> of
    /// <paramref name="type"/>, or null, in one call; null for the types without such a helper.
    /// </summary>
    public string? WriteOrNull(TypeModel type, string name, string value) => type.Kind switch
    {
        TypeKind.Object or TypeKind.Union or TypeKind.Enum => $"{_helpers}WriteOrNull(writer, {name}, {value}, {Instance(type)}, options);",
        TypeKind.DateTimeOffset => $"{_helpers}WriteOrNull(writer, {name}, {value});",
        _ => null,
    };

    /// <summary>The shared instance of a model's, union's or enum's converter, for code in the serialization namespace.</summary>
    private static string Instance(TypeModel type) => Converter(type.Name!) + ".Instance";

    private static bool HasConverter(TypeModel type) => type.Kind is TypeKind.Object or TypeKind.Union or TypeKind.Enum;

    /// <summary>What reads a list's items: their converter where they have one, else a reader.</summary>
    private string ItemReader(TypeModel element) => HasConverter(element) ? Instance(element) : ValueReader(element);

    /// <summary>What reads a map's values or a list's items: the string reader by name, else a lambda.</summary>
    private string ValueReader(TypeModel element) => element.Kind == TypeKind.String ? $"{_helpers}ReadString" : ElementReader(element);

    /// <summary>What writes a list's items: their converter where they have one, else a lambda.</summary>
    private string ItemWriter(TypeModel element) => HasConverter(element) ? Instance(element) : ElementWriter(element);

    /// <summary>A static lambda matching <c>JsonWire.ValueReader&lt;T&gt;</c> that reads a value of <paramref name="element"/>.</summary>
    public string ElementReader(TypeModel element) =>
        $"static (ref {Json}Utf8JsonReader r, {Json}JsonSerializerOptions o) => {Read(element, "r", "o")}";

    /// <summary>A static lambda <c>(writer, value, options)</c> that writes a value of <paramref name="element"/>.</summary>
    public string ElementWriter(TypeModel element)
    {
        var statement = Write(element, "v", "w", "o");
        return $"static (w, v, o) => {statement.Substring(0, statement.Length - 1)}";
    }
}
