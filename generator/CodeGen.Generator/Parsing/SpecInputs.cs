using System;
using System.Collections.Generic;
using CodeGen.Helpers;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Parsing;

/// <summary>Picks the spec files, and the files their <c>$ref</c>s may lead to, out of the project's AdditionalFiles.</summary>
internal static class SpecInputs
{
    public static SpecInput? Create((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, CancellationToken cancellationToken)
    {
        var fileOptions = pair.Options.GetOptions(pair.File);
        if (!IsTrue(fileOptions, "CodeGenSpec")) return null;

        var text = pair.File.GetText(cancellationToken)?.ToString() ?? "";
        pair.Options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        return new SpecInput(
            pair.File.Path,
            text,
            Metadata(fileOptions, "CodeGenNamespace"),
            Metadata(fileOptions, "CodeGenClientName"),
            string.IsNullOrWhiteSpace(rootNamespace) ? null : rootNamespace)
        {
            ProjectDirectory = ProjectDirectory(pair.Options.GlobalOptions),
            Selection = Selection(fileOptions),
        };
    }

    /// <summary>The text of a spec or a file listed for references (<c>OpenApiReference</c>); null for other files.</summary>
    public static FileText? ReadReferable((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, CancellationToken cancellationToken)
    {
        var fileOptions = pair.Options.GetOptions(pair.File);
        if (!IsTrue(fileOptions, "CodeGenSpec") && !IsTrue(fileOptions, "CodeGenReference")) return null;
        return new FileText(pair.File.Path, pair.File.GetText(cancellationToken)?.ToString() ?? "");
    }

    /// <summary>The spec with the texts of the files its <c>$ref</c>s lead to, and of no others.</summary>
    public static SpecInput WithReferencedFiles((SpecInput Spec, EquatableArray<ReferableFile> Files) pair, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, ReferableFile>(SpecPaths.Comparer);
        foreach (var file in pair.Files) byKey[file.Key] = file;
        var spec = byKey.TryGetValue(SpecPaths.Normalize(pair.Spec.Path), out var own) ? own : ReferableFile.Read(pair.Spec.Path, pair.Spec.Text, cancellationToken);
        var referenced = ReferenceClosure.Collect(spec, key => byKey.TryGetValue(key, out var file) ? file : null);
        return pair.Spec with { ReferencedFiles = referenced };
    }

    /// <summary>The item's <c>IncludeTags</c> … <c>ExcludeOperations</c> metadata, each a semicolon-separated list.</summary>
    private static OperationSelection Selection(AnalyzerConfigOptions options) => new(
        OperationSelection.ParseList(Metadata(options, "CodeGenIncludeTags")),
        OperationSelection.ParseList(Metadata(options, "CodeGenExcludeTags")),
        OperationSelection.ParseList(Metadata(options, "CodeGenIncludePaths")),
        OperationSelection.ParseList(Metadata(options, "CodeGenExcludePaths")),
        OperationSelection.ParseList(Metadata(options, "CodeGenIncludeOperations")),
        OperationSelection.ParseList(Metadata(options, "CodeGenExcludeOperations")));

    private static string? ProjectDirectory(AnalyzerConfigOptions global) =>
        global.TryGetValue("build_property.MSBuildProjectDirectory", out var directory) && !string.IsNullOrWhiteSpace(directory) ? directory
        : global.TryGetValue("build_property.ProjectDir", out directory) && !string.IsNullOrWhiteSpace(directory) ? directory
        : null;

    private static bool IsTrue(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
