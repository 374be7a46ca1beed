using CodeGen.Parsing;

namespace CodeGen.Cli;

/// <summary>Reads a spec from disk and hands it to the generator's reader, as MSBuild hands it to the generator.</summary>
internal static class SpecFile
{
    /// <param name="file">The spec; diagnostics show its path as the user typed it.</param>
    /// <param name="naming">The item metadata and project setting a project would give the spec.</param>
    public static SpecResult Read(FileInfo file, SpecNaming naming, CancellationToken cancellationToken)
    {
        var input = new SpecInput(file.ToString(), File.ReadAllText(file.FullName), naming.Namespace, naming.ClientName, naming.RootNamespace);
        return SpecReader.Read(input, cancellationToken);
    }
}

/// <summary>The <c>Namespace</c> and <c>ClientName</c> of an <c>OpenApiSpec</c> item, and the project's <c>RootNamespace</c>.</summary>
internal sealed record SpecNaming(string? Namespace = null, string? ClientName = null, string? RootNamespace = null)
{
    public static readonly SpecNaming Default = new();
}
