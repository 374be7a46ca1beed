using System.Runtime.CompilerServices;

namespace CodeGen.Benchmarks.Infrastructure;

/// <summary>Paths in the repository, found from this source file so the benchmarks run from any working directory.</summary>
internal static class BenchmarkPaths
{
    public static string Project { get; } = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, ".."));

    public static string Root { get; } = Path.GetFullPath(Path.Combine(Project, "..", ".."));

    public static string VendorSpec(string fileName) => Path.Combine(Root, "specs", fileName);

    public static string RealWorldSpec(string fileName) => Path.Combine(Root, "tests", "CodeGen.Tests", "RealWorld", "Specs", fileName);

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
