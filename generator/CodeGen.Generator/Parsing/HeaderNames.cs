namespace CodeGen.Parsing;

/// <summary>What a spec may name a header: the client sends the name as it is, so it must be a valid one.</summary>
internal static class HeaderNames
{
    /// <summary>
    /// An RFC 9110 token (section 5.6.2): one or more letters, digits and <c>!#$%&amp;'*+-.^_`|~</c>. Anything else
    /// (a space, a colon, a line break) would break the request or add headers of its own.
    /// </summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0) return false;
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0)) return false;
        }

        return true;
    }
}
