using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Packaging;

/// <summary>
/// One version everywhere: Directory.Build.props sets it, the generator assembly carries it, generated code names it in
/// [GeneratedCode], the analyzer release tracking ships the rules under it and the changelog describes it.
/// </summary>
public sealed class VersionAgreementTests
{
    private static readonly string GeneratorDirectory = Path.Combine(RepoPaths.Root, "generator", "CodeGen.Generator");

    [Fact]
    public void The_generator_assembly_carries_the_version_Directory_Build_props_sets()
    {
        var informational = typeof(OpenApiGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(BuildProperties.VersionPrefix, informational);
    }

    [Fact]
    public void Generated_code_names_the_generator_version_in_every_GeneratedCode_attribute()
    {
        var run = GeneratorHarness.Run(TestSpec.VendorSpecs);

        var versions = run.Sources
            .SelectMany(source => Regex.Matches(source.SourceText.ToString(), @"GeneratedCode\(""([^""]*)"", ""([^""]*)""\)").Cast<Match>())
            .Select(match => $"{match.Groups[1].Value} {match.Groups[2].Value}")
            .Distinct()
            .ToList();

        Assert.Equal([$"CodeGen {BuildProperties.VersionPrefix}"], versions);
    }

    [Fact]
    public void The_latest_shipped_analyzer_release_is_this_version_and_nothing_is_left_unshipped()
    {
        var shipped = File.ReadAllText(Path.Combine(GeneratorDirectory, "AnalyzerReleases.Shipped.md"));
        var unshipped = File.ReadAllLines(Path.Combine(GeneratorDirectory, "AnalyzerReleases.Unshipped.md"));

        var releases = Regex.Matches(shipped, @"^## Release (\S+)\s*$", RegexOptions.Multiline).Cast<Match>().Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(BuildProperties.VersionPrefix, releases.Last());
        // A rule added after this release belongs in Unshipped.md under a new version, which this test then asks for.
        Assert.DoesNotContain(unshipped, line => line.StartsWith("CGEN", StringComparison.Ordinal));
    }

    [Fact]
    public void The_changelog_describes_this_version()
    {
        var changelog = File.ReadAllText(Path.Combine(RepoPaths.Root, "CHANGELOG.md"));

        var headings = Regex.Matches(changelog, @"^## (\S+)", RegexOptions.Multiline).Cast<Match>().Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(BuildProperties.VersionPrefix, headings.First());
    }
}
