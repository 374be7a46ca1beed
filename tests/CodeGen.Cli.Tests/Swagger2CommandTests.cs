using CodeGen.Cli.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Cli.Tests;

/// <summary>A Swagger 2.0 spec is checked and compared like the OpenAPI 3 spec it describes, with the same exit codes.</summary>
public sealed class Swagger2CommandTests
{
    [Fact]
    public void A_valid_swagger_2_spec_passes_the_check()
    {
        var run = Codegen.Run("check", Codegen.Spec("tasks-v1-swagger2.yaml"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Checked 1 spec: 0 errors, 0 warnings.\n", run.Output);
    }

    [Fact]
    public void A_swagger_2_spec_generates_the_same_code_as_its_openapi_3_twin()
    {
        var run = Codegen.Run("diff", Codegen.Spec("tasks-v1.yaml"), Codegen.Spec("tasks-v1-swagger2.yaml"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("No changes to the generated code.\n", run.Output);
    }

    [Fact]
    public void Diff_from_a_swagger_2_spec_lists_the_changes_a_diff_from_its_openapi_3_twin_lists()
    {
        var fromSwagger2 = Codegen.Run("diff", Codegen.Spec("tasks-v1-swagger2.yaml"), Codegen.Spec("tasks-v2-breaking.yaml"));
        var fromOpenApi3 = Codegen.Run("diff", Codegen.Spec("tasks-v1.yaml"), Codegen.Spec("tasks-v2-breaking.yaml"));

        Assert.True(fromSwagger2.ExitCode == 1, fromSwagger2.ToString());
        Assert.Equal(fromOpenApi3.Output, fromSwagger2.Output);
    }
}
