using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using CodeGen.Tests.Infrastructure;

namespace CodeGen.Benchmarks.Infrastructure;

/// <summary>Runs our generator in process as the compiler does: a driver over in-memory AdditionalTexts.</summary>
internal static class CodeGenRunner
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>A compilation of one small consumer file; the generator reads only the specs, never the code.</summary>
    public static CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "Consumer",
            [ParseConsumer("namespace Consumer { internal static class Program { private static void Main() { } } }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static SyntaxTree ParseConsumer(string source) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Consumer.cs");

    public static IReadOnlyList<AdditionalText> Texts(IEnumerable<SpecFile> specs) =>
        specs.Select(spec => (AdditionalText)new InMemoryAdditionalText(spec.Path, spec.Text)).ToList();

    /// <summary>The metadata MSBuild gives <c>OpenApiSpec</c> items, for these specs.</summary>
    public static AnalyzerConfigOptionsProvider Options(IEnumerable<SpecFile> specs) =>
        TestOptionsProvider.For(specs.Select(spec => new TestSpec(spec.Path, spec.Text, spec.Namespace, spec.ClientName)), rootNamespace: null);

    public static GeneratorDriver CreateDriver(IReadOnlyList<AdditionalText> texts, AnalyzerConfigOptionsProvider options) =>
        CSharpGeneratorDriver.Create(
            [new OpenApiGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The whole job from spec text to generated source text, in a fresh driver.</summary>
    public static GeneratorDriverRunResult Generate(IReadOnlyList<AdditionalText> texts, AnalyzerConfigOptionsProvider options, Compilation compilation) =>
        CreateDriver(texts, options).RunGenerators(compilation).GetRunResult();
}
