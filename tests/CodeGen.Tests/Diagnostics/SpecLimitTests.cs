using System.IO;
using System.Linq;
using CodeGen.Helpers;
using CodeGen.Parsing;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Diagnostics;

/// <summary>
/// The limits on what a spec may make the generator do: how deep schemas and collections nest, how long names grow,
/// how much code one spec generates. Past each, a located diagnostic; just under each, code that compiles.
/// </summary>
public sealed class SpecLimitTests
{
    private const string SpecFolder = "/project/specs/";

    public static TheoryData<string> Reproductions => new() { nameof(HostileSpecs.ChainedAllOf), nameof(HostileSpecs.NestedItems), nameof(HostileSpecs.NestedProperties) };

    [Theory]
    [MemberData(nameof(Reproductions))]
    public void A_schema_nested_past_the_limit_is_reported_where_it_crosses_and_the_rest_compiles(string reproduction)
    {
        var spec = Build(reproduction);

        var run = Generate(spec);

        AssertReportedAt(run, spec);
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785"));
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Schemas_just_under_the_depth_limits_generate_without_a_limit_diagnostic_and_compile()
    {
        var specs = new[]
        {
            HostileSpecs.ChainedAllOf(links: (MappingDepth.MaxSchemaDepth - 4) / 3),
            HostileSpecs.NestedItems(depth: MappingDepth.MaxCollectionNesting),
            HostileSpecs.NestedProperties(depth: MappingDepth.MaxSchemaDepth - 1),
        };

        foreach (var spec in specs)
        {
            var run = Generate(spec);
            Assert.True(run.Diagnostics.IsEmpty, $"{spec.FileName}: {string.Join("; ", run.Diagnostics)}");
            Assert.Empty(run.CompilationProblems());
        }

        var deepest = Generate(HostileSpecs.NestedItems(depth: MappingDepth.MaxCollectionNesting));
        Assert.Contains(deepest.Sources, s => s.SourceText.ToString().Contains(
            string.Concat(Enumerable.Repeat("global::System.Collections.Generic.List<", MappingDepth.MaxCollectionNesting)) + "double>"));
    }

    [Fact]
    public void Collections_nested_through_references_mapped_earlier_are_bounded_too()
    {
        // Listed innermost first, so each array refers to one already mapped: no descent sees the whole nesting.
        var spec = "openapi: 3.0.3\ninfo:\n  title: Refs\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n" +
            string.Concat(Enumerable.Range(0, 12).Select(i => i == 0
                ? "    A0: {type: object, properties: {a: {type: string}}}\n"
                : $"    A{i}: {{type: array, items: {{$ref: '#/components/schemas/A{i - 1}'}}}}\n"));

        // A0 is a class, A1 a list of it, …: the array one past the limit is reported, and only it.
        var reported = new HostileSpec("refs.yaml", spec, "CGEN014", HostileSpecs.LineOf(spec, $"A{MappingDepth.MaxCollectionNesting + 1}:"));

        var run = Generate(reported);

        AssertReportedAt(run, reported);
        Assert.Single(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void A_spec_past_the_code_budget_is_reported_at_the_property_that_crosses_it_and_generates_nothing()
    {
        var spec = HostileSpecs.RepeatedDescription();

        var result = SpecReader.Read(new SpecInput(SpecFolder + spec.FileName, spec.Text, null, null, null), default);

        Assert.Null(result.Model);
        var diagnostic = Assert.Single(result.Diagnostics).ToDiagnostic();
        Assert.Equal("CGEN015", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(spec.ExpectedLine, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_spec_just_under_the_code_budget_is_read()
    {
        var spec = HostileSpecs.RepeatedDescription(uses: 99);

        var result = SpecReader.Read(new SpecInput(SpecFolder + spec.FileName, spec.Text, null, null, null), default);

        Assert.NotNull(result.Model);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_largest_public_spec_we_know_of_stays_well_inside_the_code_budget()
    {
        // GitHub's 2025 description: 1,223 operations; over 1,500 object types once identical inline schemas share one.
        var path = Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs", "octokit-api.github.com.json");
        var result = SpecReader.Read(new SpecInput(path, File.ReadAllText(path), null, null, null), default);

        Assert.NotNull(result.Model);
        Assert.DoesNotContain(result.Diagnostics, d => d.DescriptorId is "CGEN014" or "CGEN015");
        Assert.True(result.Model!.Objects.Count > 1_500);
    }

    [Fact]
    public void Long_names_are_shortened_to_a_prefix_and_a_stable_hash()
    {
        var name = Identifiers.ToPascalCase(new string('a', 200));

        Assert.Equal(Identifiers.MaxLength, name.Length);
        // FNV-1a of the UTF-16 text: the same on every run and machine, unlike string.GetHashCode.
        Assert.Equal("A" + new string('a', Identifiers.MaxLength - 10) + "_87cdfe85", name);
        Assert.Equal(0x811c9dc5u, StableHash.Fnv1a(""));
        Assert.Equal(0x7f98a1d7u, StableHash.Fnv1a("Hello"));
        Assert.NotEqual(name, Identifiers.ToPascalCase(new string('a', 201)));
        Assert.Equal("Short", Identifiers.ToPascalCase("short"));
    }

    [Fact]
    public void Long_names_never_split_a_surrogate_pair()
    {
        // "a" then pairs: cutting after 12 characters would keep a high surrogate without its low one.
        var shortened = Identifiers.Shorten("a" + string.Concat(Enumerable.Repeat("\U00010400", 20)), maxLength: 21);

        Assert.Equal(20, shortened.Length);
        Assert.Equal('_', shortened[11]);
        Assert.False(char.IsHighSurrogate(shortened[10]));
    }

    [Fact]
    public void Classes_named_after_deeply_nested_properties_stay_short_and_compile()
    {
        var spec = HostileSpecs.NestedProperties(depth: 40, propertyName: "a_rather_long_property_name_that_keeps_on_going");

        var run = Generate(spec);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var sources = run.Sources.ToList();
        Assert.True(sources.Count >= 40, $"{sources.Count} files");
        Assert.All(sources, s => Assert.True(s.HintName.Length <= 160, s.HintName));
        var longestIdentifier = sources.SelectMany(s => s.SyntaxTree.GetRoot().DescendantTokens())
            .Where(t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken)).Max(t => t.ValueText.Length);
        Assert.True(longestIdentifier <= Identifiers.MaxLength + "JsonConverter".Length, $"{longestIdentifier}");
        // Linear in the depth: the names no longer grow with it.
        Assert.True(sources.Sum(s => s.SourceText.Length) < 40 * 40_000, $"{sources.Sum(s => s.SourceText.Length)} characters");
    }

    [Fact]
    public void Shortened_names_are_the_same_on_every_run()
    {
        var spec = HostileSpecs.NestedProperties(depth: 10, propertyName: new string('x', 100));

        var first = Generate(spec).Sources.Select(s => s.HintName).OrderBy(n => n).ToList();
        var second = Generate(spec).Sources.Select(s => s.HintName).OrderBy(n => n).ToList();

        Assert.Equal(first, second);
        Assert.Contains(first, n => n.Contains("_", System.StringComparison.Ordinal) && n.Length > 120);
    }

    private static HostileSpec Build(string reproduction) => reproduction switch
    {
        nameof(HostileSpecs.ChainedAllOf) => HostileSpecs.ChainedAllOf(),
        // At the sizes that broke the build these nest past the reader's document limit, which refuses them first
        // (CompilerCrashTests builds them); here they nest past the mapper's limits and stay within the reader's.
        nameof(HostileSpecs.NestedItems) => HostileSpecs.NestedItems(depth: 100),
        nameof(HostileSpecs.NestedProperties) => HostileSpecs.NestedProperties(depth: 100),
        _ => throw new System.ArgumentOutOfRangeException(nameof(reproduction)),
    };

    private static GeneratorRun Generate(HostileSpec spec) =>
        GeneratorHarness.Run(new[] { new TestSpec(SpecFolder + spec.FileName, spec.Text, "Hostile") });

    private static void AssertReportedAt(GeneratorRun run, HostileSpec spec)
    {
        var diagnostic = run.Diagnostics.FirstOrDefault(d => d.Id == spec.ExpectedId);
        Assert.True(diagnostic is not null, $"expected {spec.ExpectedId}, got: {string.Join("; ", run.Diagnostics.Take(5))}");
        var span = diagnostic!.Location.GetLineSpan();
        Assert.Equal(SpecFolder + spec.FileName, span.Path);
        if (spec.ExpectedLine is { } line) Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }
}
