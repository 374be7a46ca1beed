using System.IO;

namespace CodeGen.Cli.Tests.Infrastructure;

/// <summary>Runs the tool in process, as <c>codegen ARGS</c>, and captures what it prints.</summary>
internal static class Codegen
{
    public static CodegenRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error);
        return new CodegenRun(exitCode, Normalize(output), Normalize(error));
    }

    /// <summary>A spec in this project's Specs folder, copied beside the tests.</summary>
    public static string Spec(string fileName) => Path.Combine(System.AppContext.BaseDirectory, "Specs", fileName);

    private static string Normalize(StringWriter writer) => writer.ToString().Replace("\r\n", "\n");
}

internal sealed record CodegenRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- output\n{Output}--- error\n{Error}";
}
