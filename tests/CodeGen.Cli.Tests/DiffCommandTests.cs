using CodeGen.Cli.Tests.Infrastructure;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Cli.Tests;

public sealed class DiffCommandTests
{
    [Fact]
    public void Breaking_changes_are_listed_apart_from_safe_ones_and_fail()
    {
        var run = Codegen.Run("diff", Codegen.Spec("tasks-v1.yaml"), Codegen.Spec("tasks-v2-breaking.yaml"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(
            """
            Breaking changes (5):
              operation GetTask (GET /tasks/{id}) removed
              TaskModel.Assignee removed
              TaskModel.EstimateHours changed type from int? to double?
              TaskModel.ProjectId added as required: object initializers without it no longer compile
              TaskPriority.Low removed (wire value 'low')
            Safe changes (3):
              operation ListTasks (GET /tasks) added
              TaskModel.Labels added (List<string>?, optional)
              TaskPriority.Urgent added (wire value 'urgent')

            """,
            run.Output);
    }

    [Fact]
    public void Additions_alone_pass()
    {
        var run = Codegen.Run("diff", Codegen.Spec("tasks-v1.yaml"), Codegen.Spec("tasks-v2-safe.yaml"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            """
            Breaking changes: none.
            Safe changes (2):
              TaskModel.Notes added (string?, optional)
              TaskPriority.Urgent added (wire value 'urgent')

            """,
            run.Output);
    }

    [Fact]
    public void The_same_spec_has_no_changes()
    {
        var run = Codegen.Run("diff", RepoPaths.Spec("highlevel.yaml"), RepoPaths.Spec("highlevel.yaml"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("No changes to the generated code.\n", run.Output);
    }

    [Fact]
    public void Edits_to_our_spec_are_classified()
    {
        var original = File.ReadAllText(RepoPaths.Spec("highlevel.yaml"));
        var edited = original
            .Replace("""
                             count:
                               type: integer
                               format: int32
                     """, """
                             count:
                               type: integer
                               format: int64
                     """, StringComparison.Ordinal)
            .Replace("""
                     required:
                             - title
                             - rruleOptions
                     """, """
                     required:
                             - title
                             - rruleOptions
                             - owners
                     """, StringComparison.Ordinal);
        Assert.NotEqual(original, edited);
        var newSpec = Path.Combine(Path.GetTempPath(), $"highlevel-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(newSpec, edited);
        try
        {
            var run = Codegen.Run("diff", RepoPaths.Spec("highlevel.yaml"), newSpec);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Equal(
                """
                Breaking changes (2):
                  CustomRRulesOptions.Count changed type from int? to long?
                  RecurringTaskCreateDTO.Owners became required: object initializers without it no longer compile
                Safe changes: none.

                """,
                run.Output);
        }
        finally
        {
            File.Delete(newSpec);
        }
    }

    [Fact]
    public void Control_characters_in_wire_values_are_printed_escaped()
    {
        var original = File.ReadAllText(Codegen.Spec("tasks-v1.yaml"));
        var edited = original.Replace("enum: [low, normal, high]", "enum: [low, normal, high, \"\\e[2Jurgent\\u2028\"]", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);
        var newSpec = Path.Combine(Path.GetTempPath(), $"tasks-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(newSpec, edited);
        try
        {
            var run = Codegen.Run("diff", Codegen.Spec("tasks-v1.yaml"), newSpec);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("(wire value '\\u001B[2Jurgent\\u2028')", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001B', run.Output);
        }
        finally
        {
            File.Delete(newSpec);
        }
    }

    [Fact]
    public void A_spec_with_errors_cannot_be_compared()
    {
        var run = Codegen.Run("diff", Codegen.Spec("tasks-v1.yaml"), Codegen.Spec("broken.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("broken.yaml(15,23): error CGEN003:", run.Error);
        Assert.Contains("broken.yaml has errors; fix them (see 'codegen check') before comparing.", run.Error);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var run = Codegen.Run("diff", Codegen.Spec("tasks-v1.yaml"), "tasks-v3.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("File does not exist: 'tasks-v3.yaml'.", run.Error);
    }

    [Fact]
    public void Both_versions_are_needed()
    {
        var run = Codegen.Run("diff", Codegen.Spec("tasks-v1.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'codegen diff --help' for usage.", run.Error);
    }

    [Fact]
    public void Help_names_both_arguments_and_the_exit_codes()
    {
        var run = Codegen.Run("diff", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("codegen diff <old> <new> [options]", run.Output);
        Assert.Contains("Exit codes:\n  0  no breaking change\n  1  breaking changes\n", run.Output);
    }
}
