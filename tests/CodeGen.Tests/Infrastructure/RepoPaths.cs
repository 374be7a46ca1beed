using System.IO;
using System.Runtime.CompilerServices;

namespace CodeGen.Tests.Infrastructure;

/// <summary>Paths in the repository, found from this source file so tests run from any working directory.</summary>
internal static class RepoPaths
{
    public static string TestsProject { get; } = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, ".."));

    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestsProject, "..", ".."));

    public static string Specs { get; } = Path.Combine(Root, "specs");

    public static string Spec(string fileName) => Path.Combine(Specs, fileName);

    public static string Snapshots { get; } = Path.Combine(TestsProject, "Snapshots", "_snapshots");

    public static string Corpus { get; } = Path.Combine(TestsProject, "Corpus");

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
