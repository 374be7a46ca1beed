using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>A string- or integer-coded enum that becomes a C# enum.</summary>
/// <param name="IsNumberOnWire">The wire values are JSON numbers (an <c>integer</c> schema), not strings.</param>
/// <param name="CodesAreIntegers">
/// Every wire value is an integer (or a string holding one), so each member's numeric value is its code and a code
/// this version does not know still round-trips as a cast number.
/// </param>
internal sealed record EnumModel(
    string Name,
    string SchemaPath,
    Documentation Documentation,
    bool IsNumberOnWire,
    bool CodesAreIntegers,
    EquatableArray<EnumMemberModel> Members);

internal sealed record EnumMemberModel(string Name, string WireValue, long Value, string? Description);
