using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Parsing;

/// <summary>Picks the spec files out of the project's AdditionalFiles.</summary>
internal static class SpecInputs
{
    public static SpecInput? Create((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, CancellationToken cancellationToken)
    {
        var fileOptions = pair.Options.GetOptions(pair.File);
        if (!fileOptions.TryGetValue("build_metadata.AdditionalFiles.CodeGenSpec", out var isSpec) ||
            !string.Equals(isSpec, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = pair.File.GetText(cancellationToken)?.ToString() ?? "";
        pair.Options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        return new SpecInput(
            pair.File.Path,
            text,
            Metadata(fileOptions, "CodeGenNamespace"),
            Metadata(fileOptions, "CodeGenClientName"),
            string.IsNullOrWhiteSpace(rootNamespace) ? null : rootNamespace);
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
