namespace CodeGen.Parsing;

/// <summary>
/// How big a spec document may grow while it is read. A spec runs inside every developer's compiler, so these are far
/// beyond any real spec yet small enough that nothing recursive overflows the stack and no alias trick fills memory.
/// The README's "Limits on untrusted specs" explains each value.
/// </summary>
internal static class DocumentLimits
{
    /// <summary>Mappings and sequences inside one another, with aliases expanded. Real specs nest at most about 25.</summary>
    public const int MaxDepth = 256;

    /// <summary>Alias nodes (<c>*name</c>) in one file.</summary>
    public const int MaxAliases = 10_000;

    /// <summary>Nodes that the aliases of one file add when each is replaced by what it refers to.</summary>
    public const long MaxNodesAddedByAliases = 100_000;

    /// <summary>Characters of an example rendered as JSON for a doc comment.</summary>
    public const int MaxExampleLength = 2_000;
}
