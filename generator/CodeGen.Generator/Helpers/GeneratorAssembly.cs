using System;
using System.Linq;
using System.Reflection;

namespace CodeGen.Helpers;

/// <summary>
/// What the build stamped on the generator's assembly (from Directory.Build.props), read once at run time so the
/// generated code and the diagnostics never carry a second, hand-written copy.
/// </summary>
internal static class GeneratorAssembly
{
    private static readonly Assembly s_assembly = typeof(GeneratorAssembly).Assembly;

    /// <summary>The package version, such as <c>0.1.0</c>: the informational version without any build metadata.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The repository the documentation lives in, without a trailing slash.</summary>
    public static string RepositoryUrl { get; } = ReadMetadata("RepositoryUrl").TrimEnd('/');

    private static string ReadVersion()
    {
        var informational = s_assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? throw new InvalidOperationException("The generator assembly has no informational version.");
        var metadata = informational.IndexOf('+');
        return metadata < 0 ? informational : informational.Substring(0, metadata);
    }

    private static string ReadMetadata(string key) =>
        s_assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"The generator assembly has no '{key}' metadata.");
}
