using System.Linq;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>How the types of a union's inline alternatives are named.</summary>
public sealed class UnionNamingTests
{
    [Fact]
    public void Untitled_inline_object_alternatives_are_numbered_without_a_collision_warning()
    {
        // GitHub's environment protection rules: three untitled objects in one anyOf.
        const string text = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /rules:
                get:
                  operationId: listRules
                  responses:
                    "200":
                      description: The rules.
                      content:
                        application/json:
                          schema:
                            type: array
                            items:
                              anyOf:
                                - { type: object, required: [id], properties: { id: { type: integer } } }
                                - { type: object, required: [wait_timer], properties: { wait_timer: { type: integer } } }
                                - { type: object, required: [reviewers], properties: { reviewers: { type: array, items: { type: string } } } }
                                - { title: Branch policy, type: object, properties: { branch: { type: string } } }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/rules.yaml", text, "Rules") });

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var names = run.Sources.Select(source => source.HintName).ToList();
        foreach (var expected in new[] { "Object1", "Object2", "Object3", "BranchPolicy" })
        {
            Assert.Contains(names, name => name.EndsWith("Item" + expected + ".g.cs", System.StringComparison.Ordinal));
        }
    }
}
