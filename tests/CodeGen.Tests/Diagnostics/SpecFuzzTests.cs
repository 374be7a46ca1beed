using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace CodeGen.Tests.Diagnostics;

/// <summary>
/// Thousands of broken variants of real specs run through the generator in process. No exception escapes, every
/// diagnostic points into the spec, and whenever the generator reports no error its output compiles.
/// Hostile variants too: no spec text ever compiles as code or reaches generated source or a message with a raw line end
/// or control character. Seeded: set CODEGEN_FUZZ_SEED to replay a failure, CODEGEN_FUZZ_ITERATIONS to run more or
/// fewer variants.
/// </summary>
public sealed class SpecFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Seeds =
    {
        RepoPaths.Spec("highlevel.yaml"),
        RepoPaths.Spec("leadsquared.yaml"),
        RepoPaths.Spec("saleshandy.yaml"),
        Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs", "oai-petstore-3.0.yaml"),
        Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs", "oai-tictactoe-3.1.yaml"),
        Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs", "swagger-petstore-3.1-designfirst.yaml"),
        Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs", "apisguru-configcat.yaml"),
        Path.Combine(RepoPaths.TestsProject, "Parsing", "Specs", "swagger2-features.yaml"),
    };

    [Fact]
    public void Mutated_specs_never_crash_the_generator_and_always_end_in_diagnostics_or_compiling_code()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CODEGEN_FUZZ_SEED"), out var s) ? s : 20261123;
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("CODEGEN_FUZZ_ITERATIONS"), out var n) ? n : 2000;
        var random = new Random(seed);
        var mutator = new SpecMutator(random);
        var originals = Seeds.Select(File.ReadAllText).ToArray();
        var compiled = 0;
        var failures = new List<string>();

        for (var i = 0; i < iterations && failures.Count < 5; i++)
        {
            var which = random.Next(originals.Length);
            var (description, text) = mutator.Mutate(originals[which]);
            if (random.Next(4) == 0)
            {
                var (secondDescription, secondText) = mutator.Mutate(text);
                (description, text) = ($"{description}, then {secondDescription}", secondText);
            }

            var path = "/fuzz/" + Path.GetFileName(Seeds[which]);

            var problem = Check(path, text, compile: i % 10 == 0, ref compiled);
            if (problem is not null) failures.Add($"variant {i} of {Path.GetFileName(Seeds[which])} ({description}): {problem}");
        }

        output.WriteLine($"seed {seed}: {iterations} variants, {compiled} compiled");
        Assert.True(failures.Count == 0, $"Fuzzing with CODEGEN_FUZZ_SEED={seed} found:\n" + string.Join("\n", failures));
    }

    /// <summary>Characters that may appear in generated source only as escapes: C# line ends other than CR and LF, and controls.</summary>
    private static readonly char[] UnsafeInSource = Enumerable.Range(0, 0x20).Where(c => c is not '\n' and not '\r' and not '\t')
        .Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Concat(new[] { '\u2028', '\u2029', '\u202E' }).ToArray();

    private static string? Check(string path, string text, bool compile, ref int compiled)
    {
        var run = GeneratorHarness.Run(new[] { new TestSpec(path, text, "Fuzzed") });

        if (run.GeneratorDiagnostics.FirstOrDefault(d => d.Id is "CS8784" or "CS8785") is { } crash) return "an exception escaped: " + crash;
        if (run.Diagnostics.FirstOrDefault(d => d.Id == "CGEN099") is { } internalError) return internalError.ToString();
        if (run.Diagnostics.FirstOrDefault(d => d.Location.GetLineSpan().Path != path) is { } unlocated) return "a diagnostic without a location in the spec: " + unlocated;
        if (run.Output.ContainsSymbolsWithName(SpecMutator.InjectedTypeName, SymbolFilter.Type)) return "text from the spec compiled as code";
        foreach (var source in run.Sources)
        {
            var generated = source.SourceText.ToString();
            var index = generated.IndexOfAny(UnsafeInSource);
            if (index >= 0) return $"{source.HintName} holds U+{(int)generated[index]:X4}";
        }

        if (run.Diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(m => m.IndexOfAny(UnsafeInSource) >= 0 || m.Contains('\n')) is { } message)
        {
            return "a diagnostic message holds an unescaped line end or control character: " + message;
        }

        if (!compile || run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return null;

        compiled++;
        var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3).ToList();
        return errors.Count == 0 ? null : "no error was reported but the output does not compile: " + string.Join("; ", errors);
    }
}
