using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>A JSON object schema that becomes a C# class.</summary>
internal sealed record ObjectModel(
    string Name,
    string SchemaPath,
    Documentation Documentation,
    EquatableArray<PropertyModel> Properties);

/// <summary>One property of an object schema.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="JsonName">The name on the wire.</param>
/// <param name="IsRequired">Listed in the schema's <c>required</c>: the property is always present on the wire.</param>
/// <param name="IsNullable">The schema allows <c>null</c> as a value.</param>
internal sealed record PropertyModel(
    string Name,
    string JsonName,
    TypeModel Type,
    bool IsRequired,
    bool IsNullable,
    Documentation Documentation)
{
    /// <summary>The C# type may hold null: the value is optional or nullable.</summary>
    public bool IsNullableInCSharp => IsNullable || !IsRequired;
}

/// <summary>Text from the spec for XML docs.</summary>
internal sealed record Documentation(string? Summary, string? Description, string? Example)
{
    public static readonly Documentation None = new(null, null, null);
}
