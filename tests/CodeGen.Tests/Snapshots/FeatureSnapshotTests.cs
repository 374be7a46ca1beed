using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Snapshots;

/// <summary>
/// One small spec per shape under <c>Features/</c>: each generates without diagnostics, compiles without warnings, and
/// its models, converters and client match the approved files under <c>_snapshots/features/NAME</c>. To cover a new
/// shape, drop a spec into <c>Features/</c> and approve its output.
/// </summary>
public sealed class FeatureSnapshotTests
{
    /// <summary>Files every spec gets whatever its shape: their snapshots live with the vendor specs.</summary>
    private static readonly string[] s_infrastructureSuffixes =
    {
        "ApiException.g.cs", "ApiResponse.g.cs", "RetryPolicy.g.cs", "Telemetry.g.cs", "ClientOptions.g.cs", "ValidationContext.g.cs",
        "ValidationError.g.cs", "ValidationException.g.cs", "ValidationResult.g.cs", "BatchResult.g.cs",
        "JsonWire.g.cs", "JsonResolver.g.cs", "ObjectConverter.g.cs", "EnumConverter.g.cs", "ServiceCollectionExtensions.g.cs",
    };

    public static IEnumerable<object[]> FeatureSpecs() =>
        Directory.GetFiles(Path.Combine(RepoPaths.TestsProject, "Snapshots", "Features"), "*.yaml")
            .Select(path => new object[] { Path.GetFileName(path) })
            .OrderBy(row => (string)row[0], StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(FeatureSpecs))]
    public void Generated_source_of_a_feature_spec_matches_the_approved_snapshot(string fileName)
    {
        var path = Path.Combine(RepoPaths.TestsProject, "Snapshots", "Features", fileName);
        var name = Path.GetFileNameWithoutExtension(fileName);
        var run = GeneratorHarness.Run(new[] { new TestSpec(path, File.ReadAllText(path), "Features." + Pascal(name), Pascal(name) + "Client") });

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Snapshot.Verify(Path.Combine("features", name), run.Sources
            .Where(s => !s_infrastructureSuffixes.Any(suffix => s.HintName.EndsWith(suffix, StringComparison.Ordinal)))
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }

    private static string Pascal(string kebab) =>
        string.Concat(kebab.Split('-', '_', '.').Where(part => part.Length > 0).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
