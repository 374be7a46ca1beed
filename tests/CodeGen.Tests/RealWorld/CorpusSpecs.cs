using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Tests.Infrastructure;

namespace CodeGen.Tests.RealWorld;

/// <summary>
/// The public specs kept in the tests: every file in RealWorld/Specs (sources in its README.md) and HighLevel's
/// <c>apps/*.json</c> in Corpus/highlevel, which refer to <c>../common/common-schemas.json</c>.
/// </summary>
internal static class CorpusSpecs
{
    private static readonly string RealWorld = Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs");

    private static readonly string HighLevelApps = Path.Combine(RepoPaths.Corpus, "highlevel", "apps");

    /// <summary>Read only by the benchmarks: a larger variant of the GitHub spec that is already here.</summary>
    private const string BenchmarkOnly = "octokit-api.github.com.json";

    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(RealWorld).Where(IsSpec).Where(p => Path.GetFileName(p) != BenchmarkOnly)
            .Concat(Directory.EnumerateFiles(HighLevelApps, "*.json"))
            .OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>A stable short name for a test case: the file name, with <c>highlevel/</c> before HighLevel's apps.</summary>
    public static string Name(string path) =>
        Path.GetDirectoryName(path) == HighLevelApps ? "highlevel/" + Path.GetFileName(path) : Path.GetFileName(path);

    public static string PathOf(string name) =>
        name.StartsWith("highlevel/", StringComparison.Ordinal)
            ? Path.Combine(HighLevelApps, name["highlevel/".Length..])
            : Path.Combine(RealWorld, name);

    /// <summary>The files a kept spec's <c>$ref</c>s lead to, as a project gives them: HighLevel's shared schemas for its apps.</summary>
    public static IEnumerable<TestSpec> ReferencedFiles(string specPath) =>
        Path.GetDirectoryName(specPath) == HighLevelApps
            ? HighLevelCommonFiles().Select(file => TestSpec.Reference(file, File.ReadAllText(file)))
            : Enumerable.Empty<TestSpec>();

    /// <summary>The schemas HighLevel's apps share, from its repository's <c>common/</c> folder.</summary>
    public static IEnumerable<string> HighLevelCommonFiles() => Directory.EnumerateFiles(Path.Combine(RepoPaths.Corpus, "highlevel", "common"));

    private static bool IsSpec(string path) => Path.GetExtension(path) is ".yaml" or ".yml" or ".json";
}
