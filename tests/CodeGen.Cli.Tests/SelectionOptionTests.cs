using CodeGen.Cli.Tests.Infrastructure;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Cli.Tests;

/// <summary><c>--include-tags</c> … <c>--exclude-operations</c>: the <c>OpenApiSpec</c> item's selection on the command line.</summary>
public sealed class SelectionOptionTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"codegen-select-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }

    [Fact]
    public void Generate_writes_what_the_source_generator_writes_for_the_same_item_metadata()
    {
        var path = RepoPaths.Spec("highlevel.yaml");
        var spec = new TestSpec(path, File.ReadAllText(path), "Vendors.HighLevel", "HighLevelClient")
            .With("IncludePaths", "/locations/**").With("ExcludeOperations", "searchTasks");

        var run = Codegen.Run("generate", path, "-o", _output, "--namespace", "Vendors.HighLevel", "--client-name", "HighLevelClient",
            "--root-namespace", "TestProject", "--include-paths", "/locations/**", "--exclude-operations", "searchTasks");

        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = GenerateCommandTests.RunSourceGenerator(spec, rootNamespace: "TestProject");
        var written = Directory.GetFiles(_output).ToDictionary(file => Path.GetFileName(file), File.ReadAllBytes);
        Assert.Equal(expected.Keys.Order(), written.Keys.Order());
        foreach (var (name, bytes) in expected) Assert.True(bytes.SequenceEqual(written[name]), $"{name} differs from the source generator's");
        var client = File.ReadAllText(Path.Combine(_output, "Vendors.HighLevel.HighLevelClient.g.cs"));
        Assert.Contains("CreateRecurringTaskAsync(", client);
        Assert.DoesNotContain("SearchTasksAsync(", client);
        Assert.DoesNotContain("CreateContactTaskAsync(", client);
    }

    [Fact]
    public void Lists_may_be_semicolon_separated_or_repeated()
    {
        var spec = RepoPaths.Spec("highlevel.yaml");
        var separated = Path.Combine(_output, "separated");
        var repeated = Path.Combine(_output, "repeated");

        Assert.Equal(0, Codegen.Run("generate", spec, "-o", separated, "--include-operations", "createContactTask;searchTasks").ExitCode);
        Assert.Equal(0, Codegen.Run("generate", spec, "-o", repeated, "--include-operations", "createContactTask", "--include-operations", "searchTasks").ExitCode);

        var files = Directory.GetFiles(separated).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(files, Directory.GetFiles(repeated).Select(Path.GetFileName).Order().ToArray());
        Assert.Contains("Highlevel.CreateTaskParams.g.cs", files);
        Assert.Contains("Highlevel.TaskSearchParamsDto.g.cs", files);
        Assert.DoesNotContain("Highlevel.RecurringTaskCreateDTO.g.cs", files);
    }

    [Fact]
    public void Check_reports_an_entry_that_matches_nothing_on_the_spec_file()
    {
        var spec = Codegen.Spec("tasks-v1.yaml");

        var run = Codegen.Run("check", spec, "--include-tags", "tasks", "--exclude-operations", "getTsk");
        var strict = Codegen.Run("check", spec, "--exclude-operations", "getTsk", "--warnings-as-errors");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{spec}(1,1): warning CGEN021: The tag 'tasks' in IncludeTags matches no operation of the spec; the selection is applied as written", run.Output);
        Assert.Contains($"{spec}(1,1): warning CGEN021: The operationId 'getTsk' in ExcludeOperations matches no operation of the spec; the selection is applied as written (did you mean 'getTask'?)", run.Output);
        Assert.EndsWith("Checked 1 spec: 0 errors, 2 warnings.\n", run.Output);
        Assert.True(strict.ExitCode == 1, strict.ToString());
    }

    [Fact]
    public void Diff_compares_only_the_selected_operations()
    {
        var run = Codegen.Run("diff", Codegen.Spec("tasks-v1.yaml"), Codegen.Spec("tasks-v2-breaking.yaml"), "--exclude-paths", "/tasks/*");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("GetTask", run.Output);
        Assert.Contains("TaskModel.Assignee removed", run.Output);
    }

    [Fact]
    public void Help_lists_the_selection_options()
    {
        var run = Codegen.Run("generate", "--help");

        foreach (var option in new[] { "--include-tags", "--exclude-tags", "--include-paths", "--exclude-paths", "--include-operations", "--exclude-operations" })
        {
            Assert.Contains(option, run.Output);
        }
    }
}
