using CodeGen.Cli.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Cli.Tests;

public sealed class RootCommandTests
{
    [Fact]
    public void Help_lists_the_three_commands()
    {
        var run = Codegen.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("generate <specs>", run.Output);
        Assert.Contains("check <specs>", run.Output);
        Assert.Contains("diff <old> <new>", run.Output);
        Assert.Contains("Exit codes:", run.Output);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var run = Codegen.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("Required command was not provided.\nRun 'codegen --help' for usage.\n", run.Error);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var run = Codegen.Run("compile", "spec.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'compile'", run.Error);
    }
}
