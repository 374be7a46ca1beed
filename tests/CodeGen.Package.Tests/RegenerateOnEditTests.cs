using CodeGen.Package.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Package.Tests;

/// <summary>
/// A spec edited between two ordinary incremental builds of a package consumer, with no C# change and no clean:
/// the second build must regenerate from the new spec, as 'dotnet build' and the IDE do.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RegenerateOnEditTests(PackedGenerator package)
{
    private const string Request = """{"title":"Call back","category":"sales","rruleOptions":{"intervalType":"daily","interval":1,"startDate":"2025-07-23T10:00:00Z","dueAfterSeconds":60}}""";

    [Fact]
    public void Editing_the_spec_regenerates_on_the_next_build()
    {
        var consumer = ConsumerProject.Create(package, "HighLevelConsumer", "highlevel.yaml");
        var spec = consumer.SpecPath("highlevel.yaml");
        var request = Path.Combine(consumer.Directory, "request.json");
        File.WriteAllText(request, Request);

        BuildSucceeds(consumer);
        var before = Lines(consumer.Run("net10.0", request));
        Assert.Equal("yearly,monthly,weekly,daily,hourly", before[1]);
        // Not in the spec yet: kept as an unknown property, after the declared ones.
        Assert.EndsWith(""","category":"sales"}""", before[2]);

        // A new property on the request and a new member of an enum: both appear without touching any C#; the property
        // is now declared, so it is written in its declared place.
        Edit(spec, AddCategoryProperty, AddMinutelyInterval);
        BuildSucceeds(consumer);
        var after = Lines(consumer.Run("net10.0", request));
        Assert.Equal("yearly,monthly,weekly,daily,hourly,minutely", after[1]);
        Assert.Equal("""{"category":"sales","title":"Call back","rruleOptions":{"intervalType":"daily","interval":1,"startDate":"2025-07-23T10:00:00Z","dueAfterSeconds":60}}""", after[2]);

        // A property the program sets disappears from the spec: the program no longer compiles.
        Edit(spec, RemoveIgnoreTaskCreation);
        var broken = consumer.Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(@"Program\.cs\(\d+,\d+\): error CS0117: 'RecurringTaskCreateDTO' does not contain a definition for 'IgnoreTaskCreation'", broken.Output);
    }

    private static string AddCategoryProperty(string spec) => InsertAfter(spec, "    RecurringTaskCreateDTO:", "      properties:\n", """
                category:
                  type: string
                  description: Category of the task.

        """);

    private static string AddMinutelyInterval(string spec)
    {
        spec = InsertAfter(spec, "    RecurrenceIntervalType:", "        - hourly\n", "        - minutely\n");
        spec = InsertAfter(spec, "    RecurrenceIntervalType:", "        - Hourly\n", "        - Minutely\n");
        return InsertAfter(spec, "    RecurrenceIntervalType:", "        - Recurs every `interval` hours.\n", "        - Recurs every `interval` minutes.\n");
    }

    private static string RemoveIgnoreTaskCreation(string spec)
    {
        const string property = """
                    ignoreTaskCreation:
                      type: boolean
                      description: Create initial task or not
                      example: true

            """;
        var index = spec.IndexOf(property, spec.IndexOf("    RecurringTaskCreateDTO:", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(index >= 0, "the spec no longer has RecurringTaskCreateDTO.ignoreTaskCreation as this test expects");
        return spec.Remove(index, property.Length);
    }

    /// <summary>Inserts <paramref name="text"/> after the first <paramref name="anchor"/> that follows <paramref name="section"/>.</summary>
    private static string InsertAfter(string spec, string section, string anchor, string text)
    {
        var sectionStart = spec.IndexOf(section, StringComparison.Ordinal);
        var index = sectionStart < 0 ? -1 : spec.IndexOf(anchor, sectionStart, StringComparison.Ordinal);
        Assert.True(index >= 0, $"the spec no longer has '{anchor.Trim()}' under '{section.Trim()}' as this test expects");
        return spec.Insert(index + anchor.Length, text);
    }

    private static void Edit(string path, params Func<string, string>[] edits)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        foreach (var edit in edits) text = edit(text);
        File.WriteAllText(path, text);
    }

    private static void BuildSucceeds(ConsumerProject consumer)
    {
        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    private static string[] Lines(ProcessRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }
}
