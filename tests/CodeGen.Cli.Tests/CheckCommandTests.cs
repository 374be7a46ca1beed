using CodeGen.Cli.Tests.Infrastructure;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void Our_specs_pass()
    {
        var run = Codegen.Run("check", RepoPaths.Spec("highlevel.yaml"), RepoPaths.Spec("leadsquared.yaml"), RepoPaths.Spec("saleshandy.yaml"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Checked 3 specs: 0 errors, 0 warnings.\n", run.Output);
    }

    [Fact]
    public void A_broken_spec_prints_the_compilers_diagnostics_and_fails()
    {
        var spec = Codegen.Spec("broken.yaml");

        var run = Codegen.Run("check", spec);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(
            $"{spec}(9,7): warning CGEN004: The operation GET /tasks has no operationId; it is named 'GetTasks' instead " +
            "(https://github.com/codegen-dotnet/codegen/blob/main/docs/diagnostics/CGEN004.md)\n" +
            $"{spec}(15,23): error CGEN003: The reference '#/components/schemas/Missing' cannot be resolved: there is no 'components' in the document " +
            "(https://github.com/codegen-dotnet/codegen/blob/main/docs/diagnostics/CGEN003.md)\n" +
            "Checked 1 spec: 1 error, 1 warning.\n",
            run.Output);
    }

    [Fact]
    public void Warnings_fail_the_check_only_when_they_count_as_errors()
    {
        var spec = Path.Combine(Path.GetTempPath(), $"codegen-warning-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(spec, "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths:\n  /a:\n    get:\n      responses: {}\n");
        try
        {
            var lenient = Codegen.Run("check", spec);
            var strict = Codegen.Run("check", spec, "--warnings-as-errors");

            Assert.True(lenient.ExitCode == 0, lenient.ToString());
            Assert.Contains(": warning CGEN004:", lenient.Output);
            Assert.True(strict.ExitCode == 1, strict.ToString());
            Assert.Contains(": error CGEN004:", strict.Output);
        }
        finally
        {
            File.Delete(spec);
        }
    }

    public static TheoryData<string> Hostile => new(HostileDocuments.All.Select(spec => spec.FileName));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_spec_prints_its_located_diagnostic_and_fails(string fileName)
    {
        var hostile = HostileDocuments.All.Single(s => s.FileName == fileName);
        var spec = Path.Combine(Path.GetTempPath(), $"codegen-{Guid.NewGuid():N}-{hostile.FileName}");
        File.WriteAllText(spec, hostile.Text);
        try
        {
            var run = Codegen.Run("check", spec);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.StartsWith($"{spec}({hostile.ExpectedLine},", run.Output);
            Assert.Contains($": error {hostile.ExpectedId}: ", run.Output);
            Assert.EndsWith("Checked 1 spec: 1 error, 0 warnings.\n", run.Output);
        }
        finally
        {
            File.Delete(spec);
        }
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var run = Codegen.Run("check", "no/such/spec.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("File does not exist: 'no/such/spec.yaml'.\nRun 'codegen check --help' for usage.\n", run.Error);
    }

    [Fact]
    public void Help_describes_the_arguments_and_exit_codes()
    {
        var run = Codegen.Run("check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("codegen check <specs>... [options]", run.Output);
        Assert.Contains("--warnings-as-errors", run.Output);
        Assert.Contains("Exit codes:\n  0  no spec has errors\n  1  a spec has errors\n", run.Output);
    }
}
