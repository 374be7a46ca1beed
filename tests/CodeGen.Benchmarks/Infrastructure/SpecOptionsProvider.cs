using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Benchmarks.Infrastructure;

/// <summary>What MSBuild writes into the generated .editorconfig for <c>OpenApiSpec</c> items: metadata per spec file.</summary>
internal sealed class SpecOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : DictionaryOptions.Empty;

    public static SpecOptionsProvider For(IEnumerable<SpecFile> specs) => new(
        specs.ToDictionary(spec => spec.Path, spec => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.CodeGenSpec"] = "true",
            ["build_metadata.AdditionalFiles.CodeGenNamespace"] = spec.Namespace,
            ["build_metadata.AdditionalFiles.CodeGenClientName"] = spec.ClientName,
        }));

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
