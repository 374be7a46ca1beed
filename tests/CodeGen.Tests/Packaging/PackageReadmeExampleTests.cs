using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Packaging;

/// <summary>The package readme's example, its spec, item and call, compiles as a user would paste it.</summary>
public sealed class PackageReadmeExampleTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "generator", "CodeGen.Generator", "PACKAGE.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_spec_and_the_call_in_the_package_readme_compile_without_diagnostics()
    {
        var item = Regex.Match(Readme, @"<OpenApiSpec Include=""([^""]+)"" Namespace=""([^""]+)"" ClientName=""([^""]+)"" />");
        var spec = Block("yaml");
        var call = Block("csharp").Split('\n');
        var usings = string.Join("\n", call.Where(line => line.StartsWith("using ", System.StringComparison.Ordinal)));
        var statements = string.Join("\n", call.Where(line => !line.StartsWith("using ", System.StringComparison.Ordinal)));
        var consumer = $$"""
            using System.Net.Http;
            {{usings}}

            namespace Consumer
            {
                internal static class Example
                {
                    public static async System.Threading.Tasks.Task RunAsync()
                    {
                        {{statements}}
                    }
                }
            }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/project/" + item.Groups[1].Value, spec, item.Groups[2].Value, item.Groups[3].Value) }, consumer);

        Assert.True(item.Success, "the readme shows no OpenApiSpec item");
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
    }

    private static string Block(string language)
    {
        var match = Regex.Match(Readme, $"```{language}\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"the readme has no {language} block");
        return match.Groups[1].Value;
    }
}
