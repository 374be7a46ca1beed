using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>
/// The pipeline caches: a keystroke in C# code regenerates nothing, and editing one spec regenerates only that spec.
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] ModelSteps = { TrackingNames.SpecInputs, TrackingNames.ParsedSpecs, TrackingNames.Models, TrackingNames.Diagnostics };

    [Fact]
    public void Editing_an_unrelated_csharp_file_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(TestSpec.VendorSpecs).RunGenerators(compilation);
        var first = driver.GetRunResult();

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("namespace Consumer { public class A { public int B; } }", GeneratorHarness.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in ModelSteps)
        {
            var outputs = second.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(first.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()),
            second.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void A_new_build_with_the_same_texts_reads_no_spec_again()
    {
        // A compiler that keeps the driver between builds hands in new AdditionalText objects each time.
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(TestSpec.VendorSpecs, out var texts).RunGenerators(compilation);
        foreach (var text in texts) driver = driver.ReplaceAdditionalText(text, new InMemoryAdditionalText(text.Path, text.GetText()!.ToString()));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var reads = result.TrackedSteps[TrackingNames.ReferableTexts].SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        foreach (var step in new[] { TrackingNames.ReferableFiles, TrackingNames.ParsedSpecs, TrackingNames.SourceBatches })
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"{step}: {o.Reason}"));
        }
    }

    [Fact]
    public void Editing_one_spec_regenerates_that_spec_only()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public class A { } }");
        var specs = TestSpec.VendorSpecs;
        var driver = GeneratorHarness.CreateDriver(specs, out var texts).RunGenerators(compilation);

        var saleshandy = specs.Single(s => s.Path.EndsWith("saleshandy.yaml", StringComparison.Ordinal));
        var editedText = saleshandy.Text.Replace("An optional note or description to attach to the task.", "A note to attach to the task.");
        Assert.NotEqual(saleshandy.Text, editedText);
        driver = driver.ReplaceAdditionalText(texts.Single(t => t.Path == saleshandy.Path), new InMemoryAdditionalText(saleshandy.Path, editedText));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var models = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(3, models.Count);
        var modified = models.Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
        var modifiedModel = Assert.Single(modified);
        Assert.Contains("saleshandy", modifiedModel.Value.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, models.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("A note to attach to the task.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("common.json", "string", "number", new[] { "users" })]
    [InlineData("orders.yaml", "Orders", "Orders v2", new[] { "orders" })]
    [InlineData("unrelated.json", "1", "2", new string[0])]
    public void Editing_a_referenced_file_regenerates_only_the_specs_that_refer_to_it(string edited, string before, string after, string[] regenerated)
    {
        const string Common = """{ "components": { "schemas": { "Problem": { "type": "object", "properties": { "message": { "type": "string" } } } } } }""";
        const string Paths = """
            paths:
              /items:
                get:
                  operationId: list
                  responses:
                    '400':
                      description: bad
                      content: { application/json: { schema: { $ref: '../common/common.json#/components/schemas/Problem' } } }
            """;
        var files = new[]
        {
            new TestSpec("/project/specs/apps/users.yaml", "openapi: 3.0.3\ninfo: { title: Users, version: '1' }\n" + Paths, "Users"),
            new TestSpec("/project/specs/apps/orders.yaml", "openapi: 3.0.3\ninfo: { title: Orders, version: '1' }\npaths: {}\n", "Orders"),
            TestSpec.Reference("/project/specs/common/common.json", Common),
            TestSpec.Reference("/project/specs/common/unrelated.json", "{ \"x\": 1 }"),
        };
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(files, "/project", out var texts).RunGenerators(compilation);
        Assert.Contains(driver.GetRunResult().GeneratedTrees, tree => tree.ToString().Contains("class Problem", StringComparison.Ordinal));

        var file = texts.Single(t => t.Path.EndsWith("/" + edited, StringComparison.Ordinal));
        var text = file.GetText()!.ToString();
        var editedText = text.Replace(before, after);
        Assert.NotEqual(text, editedText);
        driver = driver.ReplaceAdditionalText(file, new InMemoryAdditionalText(file.Path, editedText));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.ParsedSpecs].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, parsed.Count);
        var rerun = parsed.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .Select(o => ((CodeGen.Parsing.SpecResult)o.Value).Model!.Namespace.ToLowerInvariant()).OrderBy(n => n).ToArray();
        Assert.Equal(regenerated, rerun);
        Assert.Equal(2 - regenerated.Length, parsed.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        // The per-file scan runs again for the edited file only.
        var scanned = result.TrackedSteps[TrackingNames.ReferableFiles].SelectMany(s => s.Outputs).Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
        Assert.Single(scanned);
    }

    [Fact]
    public void Pipeline_values_hold_no_roslyn_symbols_syntax_or_compilations()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public class A { } }");
        var result = GeneratorHarness.CreateDriver(TestSpec.VendorSpecs).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in result.TrackedSteps.Where(s => ModelSteps.Contains(s.Key)).SelectMany(s => s.Value))
        {
            foreach (var (value, _) in step.Outputs) AssertNoRoslynObjects(value, step.Name ?? "?", depth: 0);
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, int depth)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        Assert.False(value is ISymbol or SyntaxNode or Compilation or Location or SemanticModel, $"{step} holds a {value.GetType().Name}, which defeats caching");
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence) AssertNoRoslynObjects(item, step, depth + 1);
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), step, depth + 1);
        }
    }
}
