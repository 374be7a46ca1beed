using CodeGen.Parsing;

namespace CodeGen.Cli;

/// <summary>Reads a spec from disk and hands it to the generator's reader, as MSBuild hands it to the generator.</summary>
internal static class SpecFile
{
    /// <param name="file">The spec; diagnostics show its path as the user typed it.</param>
    /// <param name="naming">The item metadata and project setting a project would give the spec.</param>
    /// <param name="selection">The operations to generate, as the item's <c>Include…</c>/<c>Exclude…</c> metadata; null for all.</param>
    public static SpecResult Read(FileInfo file, SpecNaming naming, CancellationToken cancellationToken, OperationSelection? selection = null)
    {
        var text = File.ReadAllText(file.FullName);
        var spec = ReferableFile.Read(file.ToString(), text, cancellationToken);
        var input = new SpecInput(file.ToString(), text, naming.Namespace, naming.ClientName, naming.RootNamespace)
        {
            // The files its $refs lead to, read from disk relative to the file that names them; a missing one is reported by the reader.
            ReferencedFiles = ReferenceClosure.Collect(spec, path => File.Exists(path) ? ReferableFile.Read(path, File.ReadAllText(path), cancellationToken) : null),
            Selection = selection ?? OperationSelection.All,
        };
        return SpecReader.Read(input, cancellationToken);
    }
}

/// <summary>The <c>Namespace</c> and <c>ClientName</c> of an <c>OpenApiSpec</c> item, and the project's <c>RootNamespace</c>.</summary>
internal sealed record SpecNaming(string? Namespace = null, string? ClientName = null, string? RootNamespace = null)
{
    public static readonly SpecNaming Default = new();
}
