namespace CodeGen.Cli.Diff;

/// <summary>One difference between two versions of a spec, as it affects code written against the generated types.</summary>
/// <param name="IsBreaking">Code that compiled against the old version may no longer compile (or now warns about null).</param>
internal sealed record SpecChange(bool IsBreaking, string Description)
{
    public static SpecChange Breaking(string description) => new(true, description);

    public static SpecChange Safe(string description) => new(false, description);
}
