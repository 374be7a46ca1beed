using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Tests.Infrastructure;

/// <summary>Runs the generator in process over specs, as the compiler does, and compiles what it emits.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) ||
                           Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>The BCL plus Microsoft.Extensions.*, as in a project that references Microsoft.Extensions.Http.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> HostingReferences = new(() =>
        References.Value.AddRange(((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))));

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(withHosting: false, sources);

    public static CSharpCompilation CreateCompilation(bool withHosting, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            withHosting ? HostingReferences.Value : References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999, generalDiagnosticOption: ReportDiagnostic.Default));

    public static GeneratorDriver CreateDriver(IEnumerable<TestSpec> specs) => CreateDriver(specs, out _);

    /// <summary>Creates a driver and hands out the AdditionalText instances, so a test can replace one later.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<TestSpec> specs, out IReadOnlyList<AdditionalText> texts) =>
        CreateDriver(specs, projectDirectory: null, out texts);

    /// <param name="projectDirectory">The consuming project's folder, as MSBuild makes it visible to the generator.</param>
    public static GeneratorDriver CreateDriver(IEnumerable<TestSpec> specs, string? projectDirectory, out IReadOnlyList<AdditionalText> texts)
    {
        var list = specs.ToList();
        texts = list.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new OpenApiGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            TestOptionsProvider.For(list, projectDirectory: projectDirectory),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once and returns its result and the compilation with the generated code.</summary>
    public static GeneratorRun Run(IEnumerable<TestSpec> specs, params string[] consumerSources) => Run(specs, withHosting: false, consumerSources);

    public static GeneratorRun Run(IEnumerable<TestSpec> specs, bool withHosting, params string[] consumerSources)
    {
        var compilation = CreateCompilation(withHosting, consumerSources.Length == 0 ? new[] { "namespace Consumer { internal static class Marker { } }" } : consumerSources);
        var driver = CreateDriver(specs).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, generatorDiagnostics);
    }
}

internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<GeneratedSourceResult> Sources => Result.Results.SelectMany(r => r.GeneratedSources);

    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>Compiler diagnostics of the output at warning level and above.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
