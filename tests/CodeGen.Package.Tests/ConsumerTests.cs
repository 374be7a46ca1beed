using CodeGen.Package.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Package.Tests;

/// <summary>Projects that reference the packed package, built with warnings as errors and run.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests(PackedGenerator package)
{
    [Fact]
    public void A_net10_project_builds_from_the_package_and_serialises_with_the_generated_code()
    {
        var (consumer, build) = package.BuiltHighLevelConsumer;

        Assert.True(build.ExitCode == 0, build.ToString());
        var run = consumer.Run("net10.0");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            """
            {"title":"Call back","rruleOptions":{"intervalType":"weekly","interval":2,"startDate":"2025-07-23T10:00:00Z","dueAfterSeconds":600},"ignoreTaskCreation":true}
            yearly,monthly,weekly,daily,hourly

            """,
            run.Output.ReplaceLineEndings("\n"));
        AssertNothingFromThePackageAtRuntime(consumer, "net10.0");
    }

    [Fact]
    public void A_net8_project_the_oldest_supported_target_builds_from_the_package_and_runs()
    {
        var consumer = ConsumerProject.Create(package, "Net8Consumer", "leadsquared.yaml", "saleshandy.yaml");

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = consumer.Run("net8.0");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            """
            {"TaskList":[{"Name":"Meeting","RelatedEntity":1,"RelatedEntityId":"7e5b7380-4295-4af2-9706-941ab71be772","DueDate":"2021-11-25 13:10:00","NotifyBy":"1100","TaskType":{"Name":"Meeting"}}]}
            {"prospectIds":["8PvBmrB7P7"],"taskType":"13","priority":"3","dueDate":"2026-04-22"}

            """,
            run.Output.ReplaceLineEndings("\n"));
        AssertNothingFromThePackageAtRuntime(consumer, "net8.0");
    }

    private static void AssertNothingFromThePackageAtRuntime(ConsumerProject consumer, string targetFramework)
    {
        var output = consumer.OutputFolder(targetFramework);
        Assert.False(File.Exists(Path.Combine(output, "CodeGen.Generator.dll")));
        Assert.False(File.Exists(Path.Combine(output, "YamlDotNet.dll")));
        var deps = File.ReadAllText(Directory.GetFiles(output, "*.deps.json").Single());
        Assert.DoesNotContain("CodeGen.Generator", deps);
        Assert.DoesNotContain("YamlDotNet", deps);
    }
}
