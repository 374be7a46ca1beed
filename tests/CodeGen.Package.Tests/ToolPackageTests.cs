using CodeGen.Package.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Package.Tests;

/// <summary>The command-line tool as users get it: packed, installed with 'dotnet tool install' and run as <c>codegen</c>.</summary>
[Collection(PackageCollection.Name)]
public sealed class ToolPackageTests(PackedGenerator package)
{
    [Fact]
    public void The_installed_tool_checks_and_compares_our_specs()
    {
        var codegen = Install();
        string[] specs = [RepoPaths.Spec("highlevel.yaml"), RepoPaths.Spec("leadsquared.yaml"), RepoPaths.Spec("saleshandy.yaml")];

        var check = DotNet.RunProgram(codegen, RepoPaths.Root, ["check", .. specs]);
        var diff = DotNet.RunProgram(codegen, RepoPaths.Root, ["diff", specs[0], specs[0]]);
        var missing = DotNet.RunProgram(codegen, RepoPaths.Root, ["check", "specs/missing.yaml"]);

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal("Checked 3 specs: 0 errors, 0 warnings.\n", check.Output.ReplaceLineEndings("\n"));
        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.Equal("No changes to the generated code.\n", diff.Output.ReplaceLineEndings("\n"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("File does not exist: 'specs/missing.yaml'.", missing.Output);
    }

    /// <summary>Packs the tool into a feed of its own and installs it from there; returns the path of the <c>codegen</c> command.</summary>
    private string Install()
    {
        var feed = Path.GetDirectoryName(package.ToolPackagePath)!;
        var config = Path.Combine(package.Root, "tool-nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="codegen-tool" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        var tools = Path.Combine(package.Root, "tools");
        DotNet.Run(package.Root, ["tool", "install", PackedGenerator.ToolPackageId, "--tool-path", tools, "--version", package.Version, "--configfile", config])
            .EnsureSuccess();
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "codegen.exe" : "codegen");
    }
}
