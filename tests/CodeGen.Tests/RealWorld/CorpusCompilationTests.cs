using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.RealWorld;

/// <summary>
/// Every public spec we keep (RealWorld/Specs and Corpus/highlevel/apps) that the generator accepts without an error
/// diagnostic generates code that compiles as a consumer compiles it: nullable on, every warning level, documentation
/// comments checked, warnings as errors. The largest specs (<see cref="FullOnly"/>) run only with
/// <c>CODEGEN_CORPUS_FULL=1</c>, which also builds them all in a real consumer project with <c>dotnet build</c>.
/// </summary>
public sealed class CorpusCompilationTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Set to 1 to include the specs that take tens of seconds each, and the out-of-process builds.</summary>
    public const string FullSwitch = "CODEGEN_CORPUS_FULL";

    private static readonly HashSet<string> FullOnly = new(StringComparer.Ordinal)
    {
        "github-api.github.com.json", "stripe-spec3.yaml",
    };

    private static bool Full => Environment.GetEnvironmentVariable(FullSwitch) == "1";

    /// <summary>Every kept spec; the largest only with the switch, so the default run stays short.</summary>
    public static IEnumerable<object[]> Specs() =>
        CorpusSpecs.All().Select(CorpusSpecs.Name).Where(name => Full || !FullOnly.Contains(name)).Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Specs))]
    public void A_spec_without_error_diagnostics_generates_code_that_compiles_without_warnings(string name)
    {
        var path = CorpusSpecs.PathOf(name);

        var stopwatch = Stopwatch.StartNew();
        var inputs = new[] { new TestSpec(path, File.ReadAllText(path), "Corpus.Api") }.Concat(CorpusSpecs.ReferencedFiles(path));
        var run = GeneratorHarness.Run(inputs, withHosting: true);
        var generated = stopwatch.Elapsed;
        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            // Listed in the test output; what the spec gets wrong is the business of the diagnostics' own tests.
            output.WriteLine($"{name}: not compiled, the spec reports {Summary(errors)}, first: {errors[0]}");
            return;
        }

        stopwatch.Restart();
        var problems = run.CompilationProblems();
        var compiled = stopwatch.Elapsed;
        output.WriteLine($"{name}: {run.Sources.Count()} files, {run.Sources.Sum(s => s.SourceText.Length):N0} chars, " +
            $"generated in {generated.TotalSeconds:F1} s, compiled in {compiled.TotalSeconds:F1} s; " +
            $"spec diagnostics: {Summary(run.Diagnostics)}; compiler: {Summary(problems)}");
        Assert.True(problems.Count == 0, $"{problems.Count} compiler problems, first:\n{string.Join("\n", problems.Take(20))}");
    }

    [FullCorpusFact]
    public void Specs_without_error_diagnostics_build_in_a_consumer_project_with_warnings_as_errors()
    {
        var reports = CorpusSpecs.All().ToDictionary(path => path,
            path => GeneratorHarness.Run(new[] { new TestSpec(path, File.ReadAllText(path)) }.Concat(CorpusSpecs.ReferencedFiles(path))).Diagnostics);
        var accepted = reports.Where(r => !r.Value.Any(d => d.Severity == DiagnosticSeverity.Error)).Select(r => r.Key).ToList();
        Assert.NotEmpty(accepted);
        // The generator's own warnings say what it left out; they are the spec's business, not the generated code's.
        var specWarnings = string.Join(";", accepted.SelectMany(path => reports[path]).Select(d => d.Id).Distinct());
        var settings = new Dictionary<string, string>(ConsumerSettings) { ["WarningsNotAsErrors"] = specWarnings };

        // HighLevel's apps keep their repository's layout, apps/ beside common/, so the default OpenApiReference items
        // find the shared schemas their $refs name with no extra MSBuild line.
        var files = accepted.Select(path => (CorpusSpecs.Name(path).Replace("highlevel/", "highlevel/apps/"), File.ReadAllText(path)))
            .Concat(CorpusSpecs.HighLevelCommonFiles().Select(file => ("highlevel/common/" + Path.GetFileName(file), File.ReadAllText(file))));
        using var build = ConsumerBuild.Create(files, specItems: "specs/*;specs/highlevel/apps/*", properties: settings);
        var outcome = build.Build(TimeSpan.FromMinutes(10));

        output.WriteLine($"{accepted.Count} specs built by dotnet build in {outcome.Duration.TotalSeconds:F0} s, exit code {outcome.ExitCode}");
        Assert.True(outcome.Finished, "The build did not end in time.");
        var problems = outcome.Output.Split('\n')
            .Where(line => line.Contains(": error ", StringComparison.Ordinal) || line.Contains(": warning CS", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(outcome.ExitCode == 0 && problems.Count == 0, string.Join("\n", problems.Take(20)) + "\n" + (problems.Count == 0 ? outcome.Output : ""));
    }

    /// <summary>What a careful consumer sets: every warning, documentation comments checked, and warnings fail the build.</summary>
    private static readonly IReadOnlyDictionary<string, string> ConsumerSettings = new Dictionary<string, string>
    {
        ["TreatWarningsAsErrors"] = "true",
        ["WarningLevel"] = "9999",
        ["GenerateDocumentationFile"] = "true",
    };

    private static string Summary(IEnumerable<Diagnostic> diagnostics)
    {
        var groups = diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}").ToList();
        return groups.Count == 0 ? "none" : string.Join(", ", groups);
    }
}

/// <summary>A test that runs only with <c>CODEGEN_CORPUS_FULL=1</c>, and otherwise shows as skipped with the reason.</summary>
internal sealed class FullCorpusFactAttribute : FactAttribute
{
    public FullCorpusFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(CorpusCompilationTests.FullSwitch) != "1")
        {
            Skip = $"Builds every kept spec with dotnet build (minutes); set {CorpusCompilationTests.FullSwitch}=1 to run it.";
        }
    }
}
