using System.Diagnostics;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> command line (or a program it installed), as a user at a terminal would, and captures what it prints.</summary>
internal static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static ProcessRun Run(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        RunProgram(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", workingDirectory, arguments, environment);

    public static ProcessRun RunProgram(string program, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // The test host runs inside 'dotnet test', whose MSBuild settings must not leak into a separate build.
        foreach (var name in start.Environment.Keys.Where(IsInheritedBuildSetting).ToList()) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // No MSBuild nodes left behind after the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} did not finish within {Timeout}");
        }

        return new ProcessRun($"{Path.GetFileName(program)} {string.Join(' ', arguments)}", process.ExitCode, output.Result + error.Result);
    }

    private static bool IsInheritedBuildSetting(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase);
}

internal sealed record ProcessRun(string CommandLine, int ExitCode, string Output)
{
    public ProcessRun EnsureSuccess()
    {
        if (ExitCode != 0) throw new InvalidOperationException($"{CommandLine} exited with {ExitCode}:\n{Output}");
        return this;
    }

    public override string ToString() => $"{CommandLine} exited with {ExitCode}:\n{Output}";
}
