using System.Runtime.CompilerServices;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>Paths in the repository, found from this source file so tests run from any working directory.</summary>
internal static class RepoPaths
{
    public static string TestsProject { get; } = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, ".."));

    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestsProject, "..", ".."));

    public static string Generator { get; } = Path.Combine(Root, "generator", "CodeGen.Generator", "CodeGen.Generator.csproj");

    public static string Cli { get; } = Path.Combine(Root, "generator", "CodeGen.Cli", "CodeGen.Cli.csproj");

    public static string File(string relativePath) => Path.Combine(Root, relativePath);

    public static string Spec(string fileName) => Path.Combine(Root, "specs", fileName);

    public static string Consumer(string name) => Path.Combine(TestsProject, "Consumers", name);

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
