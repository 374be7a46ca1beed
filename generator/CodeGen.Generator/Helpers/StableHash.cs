namespace CodeGen.Helpers;

/// <summary>
/// A hash that is the same in every process and on every machine, for names derived from text: unlike
/// <c>string.GetHashCode</c>, which .NET randomises per process.
/// </summary>
internal static class StableHash
{
    private const uint FnvOffsetBasis = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>32-bit FNV-1a over the UTF-16 code units of <paramref name="text"/>, low byte first.</summary>
    public static uint Fnv1a(string text)
    {
        var hash = FnvOffsetBasis;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ (byte)c) * FnvPrime);
            hash = unchecked((hash ^ (byte)(c >> 8)) * FnvPrime);
        }

        return hash;
    }

    /// <summary>The hash as 8 lower-case hex digits.</summary>
    public static string Fnv1aHex(string text) => Fnv1a(text).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
