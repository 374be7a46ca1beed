namespace CodeGen.Tests.Infrastructure;

/// <summary>A spec built to break the generator or the compiler, with the diagnostic it must get instead.</summary>
/// <param name="ExpectedLine">The 1-based line the diagnostic points at; null where another limit decides it.</param>
internal sealed record HostileSpec(string FileName, string Text, string ExpectedId, int? ExpectedLine)
{
    public override string ToString() => FileName;
}
