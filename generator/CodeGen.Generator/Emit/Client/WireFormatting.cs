using System;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>How a parameter value is written into a URL or a header.</summary>
internal sealed class WireFormatting
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    private readonly ApiModel _api;

    public WireFormatting(ApiModel api) => _api = api;

    /// <summary>An expression that turns the non-null scalar <paramref name="value"/> of <paramref name="type"/> into its text.</summary>
    public string Format(TypeModel type, string value) => type.Kind switch
    {
        TypeKind.String => value,
        TypeKind.Boolean => $"({value} ? \"true\" : \"false\")",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => $"{value}.ToString({Invariant})",
        TypeKind.DateTimeOffset => $"{value}.ToString(\"O\", {Invariant})",
        TypeKind.DateOnly => $"{value}.ToString(\"yyyy-MM-dd\", {Invariant})",
        TypeKind.CustomDateTime => $"{value}.UtcDateTime.ToString({Text.Literal(type.DateFormat!)}, {Invariant})",
        TypeKind.CustomDate => $"{value}.ToString({Text.Literal(type.DateFormat!)}, {Invariant})",
        TypeKind.Enum => IsNumberOnWire(type) ? $"{value}.ToWireValue().ToString({Invariant})" : $"{value}.ToWireValue()",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Only scalars are formatted."),
    };

    private bool IsNumberOnWire(TypeModel type) => ApiIndex.Of(_api).Enums[type.Name!].IsNumberOnWire;
}
