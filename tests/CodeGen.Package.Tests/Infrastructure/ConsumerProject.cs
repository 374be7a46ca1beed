namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>
/// A copy of one of the <c>Consumers/</c> projects in a temporary folder, with the specs it names, restoring CodeGen
/// from the local feed only and everything else from nuget.org.
/// </summary>
internal sealed class ConsumerProject
{
    /// <summary>
    /// Switches for every build. A compiler server started by a build here would outlive it and hold its output open,
    /// so the compiler runs in the build's own process.
    /// </summary>
    public static readonly string[] BuildSwitches = ["-p:UseSharedCompilation=false", "-nodeReuse:false"];

    private readonly string _name;

    private ConsumerProject(string name, string directory)
    {
        _name = name;
        Directory = directory;
    }

    public string Directory { get; }

    public static ConsumerProject Create(PackedGenerator package, string name, params string[] specs)
    {
        var root = System.IO.Directory.CreateDirectory(Path.Combine(package.Root, $"{name}-{Guid.NewGuid():N}")).FullName;
        // Guards against the build files of any folder above, and pins the package version.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"),
            $"<Project><PropertyGroup><CodeGenVersion>{package.Version}</CodeGenVersion></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(root, "nuget.config"), NuGetConfig(package.Feed));

        var directory = Path.Combine(root, name);
        CopyFolder(RepoPaths.Consumer(name), directory);
        var specsFolder = System.IO.Directory.CreateDirectory(Path.Combine(directory, "specs")).FullName;
        foreach (var spec in specs) File.Copy(RepoPaths.Spec(spec), Path.Combine(specsFolder, spec));
        return new ConsumerProject(name, directory);
    }

    public string SpecPath(string fileName) => Path.Combine(Directory, "specs", fileName);

    public ProcessRun Build() => DotNet.Run(Directory, ["build", .. BuildSwitches]);

    /// <summary>Runs the built program; a net8.0 program runs on the newest runtime installed, as the SDK's tests do.</summary>
    public ProcessRun Run(string targetFramework, params string[] arguments) =>
        DotNet.Run(Directory, [Path.Combine("bin", "Debug", targetFramework, $"{_name}.dll"), .. arguments],
            new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" });

    public string OutputFolder(string targetFramework) => Path.Combine(Directory, "bin", "Debug", targetFramework);

    private static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="codegen-local" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="codegen-local">
              <package pattern="CodeGen" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    private static void CopyFolder(string source, string destination)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue;
            var target = Path.Combine(destination, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
