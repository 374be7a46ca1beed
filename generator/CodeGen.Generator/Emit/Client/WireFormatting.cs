using System;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>How a parameter value is written into a URL or a header, through the client's <c>Invariant</c> helper.</summary>
internal sealed class WireFormatting
{
    private readonly ApiModel _api;

    public WireFormatting(ApiModel api) => _api = api;

    /// <summary>An expression that turns the non-null scalar <paramref name="value"/> of <paramref name="type"/> into its text.</summary>
    public string Format(TypeModel type, string value) => type.Kind switch
    {
        TypeKind.String => value,
        TypeKind.Boolean => $"({value} ? \"true\" : \"false\")",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => $"Invariant({value})",
        TypeKind.DateTimeOffset => $"Invariant({value}, \"O\")",
        TypeKind.DateOnly => $"Invariant({value}, \"yyyy-MM-dd\")",
        TypeKind.CustomDateTime => $"Invariant({value}.UtcDateTime, {Text.Literal(type.DateFormat!)})",
        TypeKind.CustomDate => $"Invariant({value}, {Text.Literal(type.DateFormat!)})",
        TypeKind.Enum => IsNumberOnWire(type) ? $"Invariant({value}.ToWireValue())" : $"{value}.ToWireValue()",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Only scalars are formatted."),
    };

    /// <summary>
    /// An expression that turns the optional <paramref name="value"/> of <paramref name="type"/> into its text, null
    /// when it is null; null for a type that needs the value itself (see <see cref="Format"/>).
    /// </summary>
    public string? FormatOptional(TypeModel type, string value) => type.Kind switch
    {
        TypeKind.String => value,
        TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => $"Invariant({value})",
        TypeKind.DateTimeOffset => $"Invariant({value}, \"O\")",
        TypeKind.DateOnly => $"Invariant({value}, \"yyyy-MM-dd\")",
        TypeKind.CustomDate => $"Invariant({value}, {Text.Literal(type.DateFormat!)})",
        TypeKind.Enum when !IsNumberOnWire(type) => $"{value}?.ToWireValue()",
        _ => null,
    };

    private bool IsNumberOnWire(TypeModel type) => ApiIndex.Of(_api).Enums[type.Name!].IsNumberOnWire;
}
