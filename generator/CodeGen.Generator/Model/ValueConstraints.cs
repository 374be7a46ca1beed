namespace CodeGen.Model;

/// <summary>
/// The validation keywords of a schema that apply to its value's type: lengths, pattern and format for strings,
/// bounds for numbers, item counts and uniqueness for arrays. Null where the schema does not say.
/// </summary>
/// <param name="Pattern">
/// A regular expression the string must contain a match of (not anchored unless it says so); it compiles in .NET
/// with ECMAScript semantics, as JSON Schema intends (<c>\d</c> is <c>[0-9]</c>).
/// </param>
/// <param name="Format">The <c>format</c> of a string, such as <c>email</c> or <c>uri</c>.</param>
internal sealed record ValueConstraints(
    int? MinLength = null,
    int? MaxLength = null,
    string? Pattern = null,
    string? Format = null,
    NumberBound? Minimum = null,
    NumberBound? Maximum = null,
    int? MinItems = null,
    int? MaxItems = null,
    bool UniqueItems = false)
{
    public static readonly ValueConstraints None = new();
}

/// <summary>A lower or upper bound of a number.</summary>
/// <param name="Value">The bound as written in the spec, checked to be a number (invariant culture).</param>
/// <param name="IsExclusive">The value must differ from the bound, not merely not pass it.</param>
internal sealed record NumberBound(string Value, bool IsExclusive);
