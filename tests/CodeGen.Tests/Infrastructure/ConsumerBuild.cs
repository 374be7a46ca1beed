using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace CodeGen.Tests.Infrastructure;

/// <summary>
/// A project in a temporary folder that uses the generator this test assembly was built against as an analyzer, as
/// a user's project would, built once with <c>dotnet build</c> in its own process: a crash of the compiler (a stack
/// overflow cannot be caught) or a build that does not end then fails a test instead of the test run.
/// </summary>
internal sealed class ConsumerBuild : IDisposable
{
    private ConsumerBuild(string directory) => Directory = directory;

    public string Directory { get; }

    public string SpecsFolder => Path.Combine(Directory, "specs");

    /// <param name="specItems">The <c>OpenApiSpec</c> items' Include; files under <c>specs/</c> it leaves out are there for references.</param>
    /// <param name="properties">MSBuild properties the project sets besides its defaults, such as <c>TreatWarningsAsErrors</c>.</param>
    /// <param name="specMetadata">Attributes the <c>OpenApiSpec</c> item carries besides Include, such as <c>IncludeTags="pets"</c>.</param>
    public static ConsumerBuild Create(IEnumerable<(string FileName, string Text)> specs, string specItems = "specs/*", IReadOnlyDictionary<string, string>? properties = null,
        string specMetadata = "")
    {
        var directory = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "codegen-consumer-" + Guid.NewGuid().ToString("N"))).FullName;
        // Guards against the build files of any folder above.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), ProjectFile(specItems, specMetadata, properties ?? new Dictionary<string, string>()));
        var build = new ConsumerBuild(directory);
        System.IO.Directory.CreateDirectory(build.SpecsFolder);
        foreach (var (fileName, text) in specs)
        {
            var path = Path.Combine(build.SpecsFolder, fileName);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return build;
    }

    /// <summary>Builds the project, killing the whole process tree if it runs past <paramref name="timeout"/>.</summary>
    public BuildOutcome Build(TimeSpan timeout)
    {
        // The compiler runs inside the build's own process, so its crash is the build's, and no server outlives the test.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", "-p:UseSharedCompilation=false", "-nodeReuse:false", "-clp:NoSummary" }) start.ArgumentList.Add(argument);
        // The test host runs inside 'dotnet test', whose MSBuild settings must not leak into a separate build.
        foreach (var name in start.Environment.Keys.Where(n => n.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || n.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(timeout);
        if (!finished) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return new BuildOutcome(finished, finished ? process.ExitCode : null, stopwatch.Elapsed, output.Result + error.Result);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static string ProjectFile(string specItems, string specMetadata, IReadOnlyDictionary<string, string> properties)
    {
        var build = Path.Combine(RepoPaths.Root, "generator", "build");
        // The generator and YamlDotNet beside the test assembly are the ones it was built against.
        var analyzers = AppContext.BaseDirectory;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(build, "CodeGen.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
            {string.Concat(properties.Select(p => $"    <{p.Key}>{p.Value}</{p.Key}>\n"))}  </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{Path.Combine(analyzers, "CodeGen.Generator.dll")}" />
                <Analyzer Include="{Path.Combine(analyzers, "YamlDotNet.dll")}" />
                <OpenApiSpec Include="{specItems}" {specMetadata}/>
              </ItemGroup>
              <Import Project="{Path.Combine(build, "CodeGen.targets")}" />
            </Project>
            """;
    }
}

/// <summary>How a build ended: in time or not, its exit code, how long it took and everything it printed.</summary>
internal sealed record BuildOutcome(bool Finished, int? ExitCode, TimeSpan Duration, string Output);
