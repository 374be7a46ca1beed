using System;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>The C# spelling of a <see cref="TypeModel"/>, and the code that reads and writes it as JSON.</summary>
internal sealed class TypeSyntax
{
    private const string Json = "global::System.Text.Json.";
    private readonly ApiModel _api;
    private readonly System.Collections.Generic.HashSet<string>? _hiddenModels;

    public TypeSyntax(ApiModel api) => _api = api;

    /// <summary>
    /// For code declared in the spec's namespace: its models by their short names, as the file's namespace finds them,
    /// except <paramref name="nestedTypes"/>, names a nested type of the enclosing types would hide.
    /// </summary>
    public TypeSyntax(ApiModel api, System.Collections.Generic.IEnumerable<string> nestedTypes)
    {
        _api = api;
        _hiddenModels = new System.Collections.Generic.HashSet<string>(nestedTypes, StringComparer.Ordinal);
    }

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
        _hiddenModels is not null && !_hiddenModels.Contains(name) ? name : $"global::{_api.Namespace}.{name}";

    /// <summary>The spec's JSON helper class, by its short name, for code in the serialization namespace.</summary>
    public string Wire => _api.JsonWireName;

    public string JsonWireType => $"global::{_api.SerializationNamespace}.{_api.JsonWireName}";

    public string ConverterType(string name) => $"global::{_api.SerializationNamespace}.{GeneratedNames.JsonConverter(name)}";

    /// <summary>A converter by its short name, for code in the serialization namespace, where it is declared.</summary>
    private static string Converter(string name) => GeneratedNames.JsonConverter(name);

    /// <summary>
    /// An expression that reads a non-null value of <paramref name="type"/> at the reader's current token, for code in
    /// the serialization namespace.
    /// </summary>
    public string Read(TypeModel type, string reader = "reader", string options = "options") => type.Kind switch
    {
        TypeKind.String => $"{Wire}.ReadString(ref {reader})",
        TypeKind.Boolean => $"{Wire}.ReadBoolean(ref {reader})",
        TypeKind.Int32 => $"{Wire}.ReadInt32(ref {reader})",
        TypeKind.Int64 => $"{Wire}.ReadInt64(ref {reader})",
        TypeKind.Single => $"{Wire}.ReadSingle(ref {reader})",
        TypeKind.Double => $"{Wire}.ReadDouble(ref {reader})",
        TypeKind.Decimal => $"{Wire}.ReadDecimal(ref {reader})",
        TypeKind.DateTimeOffset => $"{Wire}.ReadDateTime(ref {reader})",
        TypeKind.DateOnly => $"{Wire}.ReadDate(ref {reader}, \"yyyy-MM-dd\")",
        TypeKind.CustomDateTime => $"{Wire}.ReadDateTime(ref {reader}, {Text.Literal(type.DateFormat!)})",
        TypeKind.CustomDate => $"{Wire}.ReadDate(ref {reader}, {Text.Literal(type.DateFormat!)})",
        TypeKind.Object or TypeKind.Union => $"{Converter(type.Name!)}.Instance.Read(ref {reader}, typeof({ModelType(type.Name!)}), {options})",
        TypeKind.Enum => $"{Converter(type.Name!)}.ReadValue(ref {reader})",
        TypeKind.Array => $"{Wire}.ReadList(ref {reader}, {options}, {ElementReader(type.Element!)})",
        TypeKind.Map => $"{Wire}.ReadMap(ref {reader}, {options}, {ElementReader(type.Element!)})",
        TypeKind.Any => $"{Json}JsonElement.ParseValue(ref {reader})",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>A statement that writes the non-null <paramref name="value"/> of <paramref name="type"/>, for code in the serialization namespace.</summary>
    public string Write(TypeModel type, string value, string writer = "writer", string options = "options") => type.Kind switch
    {
        TypeKind.String => $"{writer}.WriteStringValue({value});",
        TypeKind.Boolean => $"{writer}.WriteBooleanValue({value});",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => $"{writer}.WriteNumberValue({value});",
        TypeKind.DateTimeOffset => $"{Wire}.WriteDateTime({writer}, {value});",
        TypeKind.DateOnly => $"{Wire}.WriteDate({writer}, {value}, \"yyyy-MM-dd\");",
        TypeKind.CustomDateTime => $"{Wire}.WriteDateTime({writer}, {value}, {Text.Literal(type.DateFormat!)});",
        TypeKind.CustomDate => $"{Wire}.WriteDate({writer}, {value}, {Text.Literal(type.DateFormat!)});",
        TypeKind.Object or TypeKind.Union => $"{Converter(type.Name!)}.Instance.Write({writer}, {value}, {options});",
        TypeKind.Enum => $"{Converter(type.Name!)}.WriteValue({writer}, {value});",
        TypeKind.Array => $"{Wire}.WriteList({writer}, {value}, {options}, {ElementWriter(type.Element!)});",
        TypeKind.Map => $"{Wire}.WriteMap({writer}, {value}, {options}, {ElementWriter(type.Element!)});",
        TypeKind.Any => $"{value}.WriteTo({writer});",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

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
