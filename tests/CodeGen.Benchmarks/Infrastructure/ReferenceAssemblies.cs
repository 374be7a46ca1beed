using Microsoft.CodeAnalysis;

namespace CodeGen.Benchmarks.Infrastructure;

/// <summary>The reference assemblies a net10.0 project compiles against: the SDK's Microsoft.NETCore.App.Ref pack.</summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyNetCoreApp = new(Load);

    public static IReadOnlyList<MetadataReference> NetCoreApp => LazyNetCoreApp.Value;

    private static IReadOnlyList<MetadataReference> Load()
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.0
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var framework = $"net{Environment.Version.Major}.0";
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var folder = (Directory.Exists(packs) ? Directory.GetDirectories(packs) : [])
            .Select(version => Path.Combine(version, "ref", framework))
            .Where(Directory.Exists)
            .OrderByDescending(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var version) ? version : new Version())
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"No Microsoft.NETCore.App.Ref pack for {framework} under {packs}.");
        return Directory.GetFiles(folder, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
    }
}
