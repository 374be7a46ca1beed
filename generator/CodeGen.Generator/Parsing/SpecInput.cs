using CodeGen.Helpers;

namespace CodeGen.Parsing;

/// <summary>One spec file as the pipeline hands it over: its text and the MSBuild settings for it.</summary>
/// <param name="Path">The path of the spec as MSBuild gave it; diagnostics point here.</param>
/// <param name="Namespace">The <c>Namespace</c> item metadata, or null for the default.</param>
/// <param name="ClientName">The <c>ClientName</c> item metadata, or null for the default.</param>
/// <param name="RootNamespace">The consuming project's root namespace, or null.</param>
internal sealed record SpecInput(string Path, string Text, string? Namespace, string? ClientName, string? RootNamespace)
{
    /// <summary>The files the spec's <c>$ref</c>s lead to, among those given; only these, so an edit to another leaves the spec cached.</summary>
    public EquatableArray<ReferencedFile> ReferencedFiles { get; init; } = EquatableArray<ReferencedFile>.Empty;

    /// <summary>
    /// The folder of the consuming project, from which a missing file's <c>OpenApiReference</c> line is written;
    /// null outside a project (the command line reads referenced files from disk).
    /// </summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>The operations to generate (the item's <c>Include…</c>/<c>Exclude…</c> metadata); all by default.</summary>
    public OperationSelection Selection { get; init; } = OperationSelection.All;
}
