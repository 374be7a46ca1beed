using System.Diagnostics;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace CodeGen.Tests.Diagnostics;

/// <summary>
/// Specs made to overflow the compiler's stack or fill its memory are refused with a located diagnostic, quickly,
/// and nothing is generated for them. Before the reader had limits, each of these crashed or exhausted the test host.
/// </summary>
public sealed class HostileDocumentTests(ITestOutputHelper output)
{
    public static TheoryData<string> Hostile => new(HostileDocuments.All.Select(spec => spec.FileName));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_spec_is_refused_at_the_line_where_it_crosses_a_limit(string fileName)
    {
        var spec = HostileDocuments.All.Single(s => s.FileName == fileName);
        var path = "/project/specs/" + spec.FileName;

        var stopwatch = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(new[] { new TestSpec(path, spec.Text, "Hostile") });
        output.WriteLine($"{spec.FileName}: {spec.Text.Length:N0} characters refused in {stopwatch.ElapsedMilliseconds} ms");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(spec.ExpectedId, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(spec.ExpectedLine, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785"));
    }

    [Fact]
    public void Anchors_shared_between_operations_are_read_as_usual()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Shared, version: "1" }
            paths:
              /tasks:
                get:
                  operationId: listTasks
                  parameters:
                    - &page { name: page, in: query, schema: { type: integer } }
                    - &size { name: size, in: query, schema: { type: integer, maximum: 100 } }
                  responses: &listed
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: { type: array, items: { $ref: '#/components/schemas/Item' } }
              /notes:
                get:
                  operationId: listNotes
                  parameters: [*page, *size]
                  responses: *listed
            components:
              schemas:
                Item:
                  type: object
                  properties: { id: { type: string } }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/project/specs/shared.yaml", spec, "Shared") });

        Assert.Empty(run.Diagnostics);
        var client = Assert.Single(run.Sources, s => s.HintName == "Shared.SharedClient.g.cs").SourceText.ToString();
        Assert.Contains("ListTasksAsync(int? page = null, int? size = null", client);
        Assert.Contains("ListNotesAsync(int? page = null, int? size = null", client);
        Assert.Empty(run.CompilationProblems());
    }
}
