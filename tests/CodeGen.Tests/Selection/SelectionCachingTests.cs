using System;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Selection;

/// <summary>The selection is part of a spec's input: changing one spec's selection regenerates that spec only.</summary>
public sealed class SelectionCachingTests
{
    [Fact]
    public void Changing_the_selection_of_one_spec_regenerates_only_that_spec()
    {
        var highLevel = TestSpec.VendorSpecs[0];
        var leadSquared = TestSpec.VendorSpecs[1];
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { highLevel, leadSquared }).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single();

        var selected = highLevel.With("IncludePaths", "/locations/**");
        driver = driver.WithUpdatedAnalyzerConfigOptions(TestOptionsProvider.For(new[] { selected, leadSquared }));
        var after = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.SpecInputs, TrackingNames.ParsedSpecs, TrackingNames.Models })
        {
            var outputs = after.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(2, outputs.Count);
            var rerun = Assert.Single(outputs, o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
            Assert.Contains("highlevel", rerun.Value.ToString(), StringComparison.OrdinalIgnoreCase);
            var kept = Assert.Single(outputs, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            Assert.Contains("leadsquared", kept.Value.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        // Every source output of the other spec is cached, and its files are the same.
        foreach (var output in after.TrackedOutputSteps.SelectMany(s => s.Value))
        {
            Assert.True(output.Outputs.Count(o => o.Reason == IncrementalStepRunReason.Cached) >= output.Outputs.Length - 1, output.Name);
        }

        string[] Sources(GeneratorRunResult result, string prefix) =>
            result.GeneratedSources.Where(s => s.HintName.StartsWith(prefix, StringComparison.Ordinal)).Select(s => s.HintName + s.SourceText).ToArray();
        Assert.Equal(Sources(before, "Vendors.LeadSquared."), Sources(after, "Vendors.LeadSquared."));
        Assert.NotEqual(Sources(before, "Vendors.HighLevel."), Sources(after, "Vendors.HighLevel."));
        Assert.DoesNotContain(after.GeneratedSources, s => s.SourceText.ToString().Contains("/contacts/", StringComparison.Ordinal) && s.HintName.StartsWith("Vendors.HighLevel.", StringComparison.Ordinal));
    }
}
