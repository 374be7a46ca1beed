using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Tests.Infrastructure;

/// <summary>An AdditionalFiles item held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>What MSBuild would write into the generated .editorconfig: item metadata per file, project properties.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile, IReadOnlyDictionary<string, string> global)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : DictionaryOptions.Empty;

    public static TestOptionsProvider For(IEnumerable<TestSpec> specs, string? rootNamespace = "TestProject", string? projectDirectory = null) => new(
        specs.ToDictionary(s => s.Path, s => (IReadOnlyDictionary<string, string>)(s.IsReference
            ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CodeGenReference"] = "true" }
            : SpecMetadata(s))),
        Global(rootNamespace, projectDirectory));

    private static Dictionary<string, string> SpecMetadata(TestSpec spec)
    {
        var metadata = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.CodeGenSpec"] = "true",
            ["build_metadata.AdditionalFiles.CodeGenNamespace"] = spec.Namespace ?? "",
            ["build_metadata.AdditionalFiles.CodeGenClientName"] = spec.ClientName ?? "",
        };
        // CodeGen.targets copies each OpenApiSpec metadata to CodeGen<Name> on the AdditionalFiles item, lists with '|' for ';'.
        foreach (var (name, value) in spec.Metadata) metadata["build_metadata.AdditionalFiles.CodeGen" + name] = value.Replace(';', '|');
        return metadata;
    }

    private static Dictionary<string, string> Global(string? rootNamespace, string? projectDirectory)
    {
        var global = new Dictionary<string, string>();
        if (rootNamespace is not null) global["build_property.RootNamespace"] = rootNamespace;
        if (projectDirectory is not null) global["build_property.MSBuildProjectDirectory"] = projectDirectory;
        return global;
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
