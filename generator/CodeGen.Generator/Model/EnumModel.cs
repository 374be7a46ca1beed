using System.Linq;
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
    EquatableArray<EnumMemberModel> Members)
{
    /// <summary>
    /// How many values the spec does not list one enum remembers from the wire; as many numbers at the bottom of the
    /// enum's range hold the strings among them.
    /// </summary>
    public const int UnknownValueCapacity = 1024;

    /// <summary>
    /// The enum needs a <c>long</c> underlying type: a member's value is outside <c>int</c>, or among the numbers at the
    /// bottom of its range that hold unknown strings.
    /// </summary>
    public bool IsLong => Members.Any(m => m.Value is > int.MaxValue || m.Value < (long)int.MinValue + UnknownValueCapacity);
}

internal sealed record EnumMemberModel(string Name, string WireValue, long Value, string? Description);
