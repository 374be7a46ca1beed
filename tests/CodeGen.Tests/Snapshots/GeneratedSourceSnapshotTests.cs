using System.Linq;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Snapshots;

/// <summary>The generated source of each vendor spec, compared with the approved files under _snapshots/.</summary>
public sealed class GeneratedSourceSnapshotTests
{
    [Theory]
    [InlineData("highlevel.yaml", "Vendors.HighLevel", "HighLevelClient")]
    [InlineData("leadsquared.yaml", "Vendors.LeadSquared", "LeadSquaredClient")]
    [InlineData("saleshandy.yaml", "Vendors.Saleshandy", "SaleshandyClient")]
    public void Generated_source_matches_the_approved_snapshot(string specFile, string @namespace, string clientName)
    {
        var run = GeneratorHarness.Run(new[] { TestSpec.FromRepo(specFile, @namespace, clientName) });

        Assert.Empty(run.Diagnostics);
        Snapshot.Verify(System.IO.Path.GetFileNameWithoutExtension(specFile),
            run.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }

    [Fact]
    public void Generated_source_of_a_swagger_2_spec_matches_the_approved_snapshot()
    {
        var path = System.IO.Path.Combine(RepoPaths.TestsProject, "Http", "Specs", "swagger2.yaml");
        var run = GeneratorHarness.Run(new[] { new TestSpec(path, System.IO.File.ReadAllText(path), "Specs.SwaggerTwo", "SwaggerTwoClient") });

        Assert.Empty(run.Diagnostics);
        Snapshot.Verify("swagger2", run.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }

    [Fact]
    public void Generated_source_of_the_paging_kinds_matches_the_approved_snapshot()
    {
        var path = System.IO.Path.Combine(RepoPaths.TestsProject, "Http", "Specs", "paging.yaml");
        var run = GeneratorHarness.Run(new[] { new TestSpec(path, System.IO.File.ReadAllText(path), "Specs.Paging", "PagingClient") });

        Assert.Empty(run.Diagnostics);
        Snapshot.Verify("paging", run.Sources.Where(s => s.HintName.EndsWith("PagingClient.g.cs", System.StringComparison.Ordinal))
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }
}
