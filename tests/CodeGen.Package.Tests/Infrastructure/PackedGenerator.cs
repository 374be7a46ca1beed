using System.IO.Compression;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>
/// The generator packed once per test run into a local folder feed that holds nothing else. The version is unique
/// to the run: NuGet caches a package by id and version, so a repacked 0.1.0 would never reach a consumer.
/// </summary>
public sealed class PackedGenerator : IDisposable
{
    public const string PackageId = "CodeGen";

    /// <summary>The command-line tool, packed with the same version by the test that installs it.</summary>
    public const string ToolPackageId = "CodeGen.Cli";

    public PackedGenerator()
    {
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        Root = Directory.CreateTempSubdirectory("codegen-package-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        DotNet.Run(RepoPaths.Root, ["pack", RepoPaths.Generator, "-c", "Release", "-o", Feed, $"-p:Version={Version}", .. ConsumerProject.BuildSwitches])
            .EnsureSuccess();
        PackagePath = Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");
    }

    public string Version { get; }

    /// <summary>A temporary folder for everything a test run creates: the feed and the consumers.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string PackagePath { get; }

    public IReadOnlyList<string> Entries()
    {
        using var package = ZipFile.OpenRead(PackagePath);
        return package.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal).ToList();
    }

    public byte[] Read(string entryName)
    {
        using var package = ZipFile.OpenRead(PackagePath);
        using var stream = package.GetEntry(entryName)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
        // Restores and tool installs extracted this one-off version into the global packages folder; nothing else will use it.
        foreach (var id in new[] { PackageId, ToolPackageId })
        {
            var versions = Path.Combine(GlobalPackagesFolder(), id.ToLowerInvariant());
            var cached = Path.Combine(versions, Version);
            if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
            if (Directory.Exists(versions) && !Directory.EnumerateFileSystemEntries(versions).Any()) Directory.Delete(versions);
        }
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
