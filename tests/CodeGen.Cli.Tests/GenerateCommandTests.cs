using System.Linq;
using CodeGen.Cli.Tests.Infrastructure;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeGen.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"codegen-generate-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }

    public static TheoryData<string, string?, string?> Specs => new()
    {
        { "highlevel.yaml", "Vendors.HighLevel", "HighLevelClient" },
        { "leadsquared.yaml", "Vendors.LeadSquared", "LeadSquaredClient" },
        { "saleshandy.yaml", null, null },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void Writes_exactly_the_files_the_source_generator_adds(string specFile, string? @namespace, string? clientName)
    {
        var spec = new TestSpec(RepoPaths.Spec(specFile), File.ReadAllText(RepoPaths.Spec(specFile)), @namespace, clientName);
        var args = new List<string> { "generate", spec.Path, "--output", _output, "--root-namespace", "TestProject" };
        if (@namespace is not null) args.AddRange(["--namespace", @namespace]);
        if (clientName is not null) args.AddRange(["--client-name", clientName]);

        var run = Codegen.Run(args.ToArray());

        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = RunSourceGenerator(spec, rootNamespace: "TestProject");
        var written = Directory.GetFiles(_output).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);
        Assert.Equal(expected.Keys.Order(), written.Keys.Order());
        foreach (var (name, bytes) in expected) Assert.True(bytes.SequenceEqual(written[name]), $"{name} differs from the source generator's");
        Assert.Equal($"Wrote {expected.Count} files to {_output}: 0 errors, 0 warnings.\n", run.Output);
    }

    [Fact]
    public void A_broken_spec_prints_its_diagnostics_and_fails()
    {
        var spec = Codegen.Spec("broken.yaml");

        var run = Codegen.Run("generate", spec, "-o", _output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{spec}(15,23): error CGEN003: The reference '#/components/schemas/Missing' cannot be resolved", run.Output);
        Assert.EndsWith(": 1 error, 1 warning.\n", run.Output);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error_and_writes_nothing()
    {
        var run = Codegen.Run("generate", "missing.yaml", "-o", _output);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("File does not exist: 'missing.yaml'.", run.Error);
        Assert.False(Directory.Exists(_output));
    }

    [Theory]
    [InlineData("--logging")]
    [InlineData("--dependency-injection")]
    public void Logging_is_written_for_a_project_with_logging_abstractions_and_not_otherwise(string option)
    {
        Assert.Equal(0, Codegen.Run("generate", RepoPaths.Spec("leadsquared.yaml"), "-o", _output, "--namespace", "My.Api", "--client-name", "LeadSquaredClient", option).ExitCode);
        var withLogging = File.ReadAllText(Path.Combine(_output, "My.Api.LeadSquaredTelemetry.g.cs"));
        Directory.Delete(_output, recursive: true);
        Assert.Equal(0, Codegen.Run("generate", RepoPaths.Spec("leadsquared.yaml"), "-o", _output, "--namespace", "My.Api", "--client-name", "LeadSquaredClient").ExitCode);
        var without = File.ReadAllText(Path.Combine(_output, "My.Api.LeadSquaredTelemetry.g.cs"));

        Assert.Contains("global::Microsoft.Extensions.Logging.LoggerMessage.Define<", withLogging, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.Extensions.Logging", without, StringComparison.Ordinal);
    }

    [Fact]
    public void Naming_options_apply_to_one_spec_only()
    {
        var run = Codegen.Run("generate", RepoPaths.Spec("highlevel.yaml"), RepoPaths.Spec("saleshandy.yaml"), "-o", _output, "--namespace", "My.Api");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("run generate once for each spec", run.Error);
    }

    [Fact]
    public void The_output_folder_is_required()
    {
        var run = Codegen.Run("generate", RepoPaths.Spec("highlevel.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Option '--output' is required.", run.Error);
    }

    [Fact]
    public void Help_lists_the_options_and_exit_codes()
    {
        var run = Codegen.Run("generate", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "-o, --output <output> (REQUIRED)", "--namespace", "--client-name", "--root-namespace", "Exit codes:" })
        {
            Assert.Contains(option, run.Output);
        }
    }

    /// <summary>The generated files as the compiler writes them to disk (EmitCompilerGeneratedFiles): UTF-8 with a byte order mark.</summary>
    internal static Dictionary<string, byte[]> RunSourceGenerator(TestSpec spec, string rootNamespace)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new OpenApiGenerator().AsSourceGenerator()],
            [new InMemoryAdditionalText(spec.Path, spec.Text)],
            optionsProvider: TestOptionsProvider.For([spec], rootNamespace));
        var result = driver.RunGenerators(CSharpCompilation.Create("Consumer")).GetRunResult();
        return result.Results.Single().GeneratedSources.ToDictionary(
            source => source.HintName,
            source => System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(source.SourceText.ToString())).ToArray());
    }
}
