using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>
/// A <c>oneOf</c> or <c>anyOf</c> of several alternatives that becomes a C# class holding exactly one of them, read by
/// its discriminator when the schema has one, else by the JSON token and the properties present.
/// </summary>
/// <param name="IsExclusive">A <c>oneOf</c>: a value must match exactly one alternative.</param>
/// <param name="Discriminator">The discriminator property's wire name; null when alternatives are told apart by shape.</param>
internal sealed record UnionModel(
    string Name,
    string SchemaPath,
    Documentation Documentation,
    bool IsExclusive,
    string? Discriminator,
    EquatableArray<UnionAlternativeModel> Alternatives)
{
    /// <summary>A discriminated union keeps a value whose discriminator it does not know, as it came.</summary>
    public bool KeepsUnknown => Discriminator is not null;
}

/// <summary>One alternative of a union.</summary>
/// <param name="Name">The member name: <c>IsName</c>, <c>AsName</c>.</param>
/// <param name="DiscriminatorValues">The discriminator values that select this alternative; empty without a discriminator.</param>
internal sealed record UnionAlternativeModel(string Name, TypeModel Type, EquatableArray<string> DiscriminatorValues);
