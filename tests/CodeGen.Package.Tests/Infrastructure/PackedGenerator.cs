using System.IO.Compression;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>
/// The generator packed once per test run into a local folder feed that holds nothing else. The version is unique
/// to the run: NuGet caches a package by id and version, so a repacked version would never reach a consumer.
/// </summary>
public sealed class PackedGenerator : IDisposable
{
    public const string PackageId = "CodeGen";

    /// <summary>The command-line tool, packed with the same version by the test that installs it.</summary>
    public const string ToolPackageId = "CodeGen.Cli";

    private readonly string _versionSuffix = $"test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
    private readonly Lazy<string> _toolPackagePath;
    private readonly Lazy<(ConsumerProject Consumer, ProcessRun Build)> _highLevelConsumer;

    public PackedGenerator()
    {
        // The version is the repository's, from Directory.Build.props, with a suffix for this run.
        Version = $"{BuildProperties.VersionPrefix}-{_versionSuffix}";
        Root = Directory.CreateTempSubdirectory("codegen-package-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        PackagePath = Pack(RepoPaths.Generator, PackageId, Feed);
        _toolPackagePath = new(() => Pack(RepoPaths.Cli, ToolPackageId, Directory.CreateDirectory(Path.Combine(Root, "tool-feed")).FullName));
        _highLevelConsumer = new(() =>
        {
            var consumer = ConsumerProject.Create(this, "HighLevelConsumer", "highlevel.yaml");
            return (consumer, consumer.Build());
        });
    }

    /// <summary>The version both packages get in this run: the repository's version with a suffix unique to the run.</summary>
    public string Version { get; }

    /// <summary>A temporary folder for everything a test run creates: the feed and the consumers.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string PackagePath { get; }

    /// <summary>The command-line tool, packed with the same version into a feed of its own on first use.</summary>
    public string ToolPackagePath => _toolPackagePath.Value;

    /// <summary>
    /// The net10.0 consumer of our HighLevel spec, built once on first use and shared by the tests that only read it;
    /// a test that edits a consumer creates its own.
    /// </summary>
    internal (ConsumerProject Consumer, ProcessRun Build) BuiltHighLevelConsumer => _highLevelConsumer.Value;

    public IReadOnlyList<string> Entries() => Entries(PackagePath);

    public byte[] Read(string entryName) => Read(PackagePath, entryName);

    public static IReadOnlyList<string> Entries(string packagePath)
    {
        using var package = ZipFile.OpenRead(packagePath);
        return package.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal).ToList();
    }

    public static byte[] Read(string packagePath, string entryName)
    {
        using var package = ZipFile.OpenRead(packagePath);
        using var stream = (package.GetEntry(entryName) ?? throw new FileNotFoundException($"{Path.GetFileName(packagePath)} has no {entryName}")).Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private string Pack(string project, string id, string feed)
    {
        DotNet.Run(RepoPaths.Root, ["pack", project, "-c", "Release", "-o", feed, "--version-suffix", _versionSuffix, .. ConsumerProject.BuildSwitches])
            .EnsureSuccess();
        return Path.Combine(feed, $"{id}.{Version}.nupkg");
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
