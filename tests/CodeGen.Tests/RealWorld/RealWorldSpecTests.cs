using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.RealWorld;

/// <summary>
/// Public OpenAPI documents of different styles (sources in Specs/README.md) generate code that compiles with no
/// errors, and anything the generator cannot support is reported only with documented diagnostics.
/// </summary>
public sealed class RealWorldSpecTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly HashSet<string> DocumentedDiagnostics = new()
    {
        "CGEN001", "CGEN002", "CGEN003", "CGEN004", "CGEN005", "CGEN006", "CGEN007", "CGEN008", "CGEN009", "CGEN010",
        "CGEN011", "CGEN017", "CGEN018", "CGEN020", "CGEN022",
    };

    [Theory]
    [InlineData("oai-petstore-3.0.yaml")]
    [InlineData("oai-tictactoe-3.1.yaml")]
    [InlineData("swagger-petstore-3.1-designfirst.yaml")]
    [InlineData("apisguru-configcat.yaml")]
    [InlineData("apisguru-linode.yaml")]
    [InlineData("github-api.github.com.json")]
    [InlineData("oai-petstore-2.0-swagger.yaml")]
    public void Real_world_spec_generates_code_that_compiles(string fileName)
    {
        var path = Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs", fileName);
        var run = GeneratorHarness.Run(new[] { new TestSpec(path, File.ReadAllText(path), "RealWorld.Api") });

        output.WriteLine($"{fileName}: {run.Sources.Count()} files; diagnostics: " +
            string.Join(", ", run.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key} x{g.Count()}")));
        var undocumented = run.Diagnostics.Where(d => !DocumentedDiagnostics.Contains(d.Id)).ToList();
        Assert.True(undocumented.Count == 0, string.Join("\n", undocumented));
        Assert.All(run.Diagnostics, d => Assert.Equal(path, d.Location.GetLineSpan().Path));
        var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} compile errors, first: {string.Join("\n", errors.Take(15))}");
    }
}
