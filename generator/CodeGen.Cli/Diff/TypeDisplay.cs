using CodeGen.Model;

namespace CodeGen.Cli.Diff;

/// <summary>The C# type of a value as a reader writes it: short names, <c>?</c> where the property may hold null.</summary>
internal static class TypeDisplay
{
    public static string Of(PropertyModel property) => Of(property.Type) + (property.IsNullableInCSharp ? "?" : "");

    public static string Of(TypeModel? type) => type?.Kind switch
    {
        null => "no body",
        TypeKind.String => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Single => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.DateTimeOffset or TypeKind.CustomDateTime => "DateTimeOffset",
        TypeKind.DateOnly or TypeKind.CustomDate => "DateOnly",
        TypeKind.Object or TypeKind.Enum or TypeKind.Union => type.Name!,
        TypeKind.Array => $"List<{Of(type.Element)}>",
        TypeKind.Map => $"Dictionary<string, {Of(type.Element)}>",
        _ => "JsonElement",
    };

    /// <summary>The wire format of a date: RFC 3339 unless the spec gives its own.</summary>
    public static string WireFormat(TypeModel type) => type.DateFormat is { } format ? $"'{format}'" : "RFC 3339";
}
