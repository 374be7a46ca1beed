using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>Parameter shapes found in public specs compile into client methods without errors or warnings.</summary>
public sealed class ParameterCompilationTests
{
    [Theory]
    [InlineData("- $ref: '#/components/parameters/versionNumber'")]
    [InlineData("- { name: versionNumber, in: path, required: true, schema: { type: integer, enum: [1] } }")]
    public void A_path_parameter_with_one_allowed_value_is_written_into_the_url(string declaration)
    {
        var text = $$"""
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /v{versionNumber}/items/{id}:
                get:
                  operationId: getItem
                  parameters:
                    {{declaration}}
                    - { name: id, in: path, required: true, schema: { type: string } }
                  responses:
                    "204": { description: Done. }
            components:
              parameters:
                versionNumber: { name: versionNumber, in: path, required: true, schema: { type: integer, enum: [1] } }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/constant.yaml", text, "Constant") });

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        var client = run.Sources.Single(s => s.HintName.EndsWith(".ConstantClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("GetItemAsync(string id, global::System.Threading.CancellationToken cancellationToken = default)", client, System.StringComparison.Ordinal);
        Assert.Contains("var requestUri = $\"{_baseUrl}/v1/items/{PathSegment(id, nameof(id))}\";", client, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_constant_path_value_is_escaped_as_a_path_segment()
    {
        const string text = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /{scope}/items:
                get:
                  operationId: listItems
                  parameters:
                    - { name: scope, in: path, required: true, schema: { type: string, enum: ["a/b c"] } }
                  responses:
                    "204": { description: Done. }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/escaped.yaml", text, "Escaped") });

        Assert.Empty(run.CompilationProblems());
        var client = run.Sources.Single(s => s.HintName.EndsWith(".EscapedClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("var requestUri = _baseUrl + \"/a%2Fb%20c/items\";", client, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_named_like_the_item_of_an_array_parameter_gets_another_name()
    {
        // Stripe: GET /v1/subscription_items/{item} with the array query parameter expand[].
        const string text = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /items/{item}/{ids}:
                get:
                  operationId: getItem
                  parameters:
                    - { name: item, in: path, required: true, schema: { type: string } }
                    - { name: expand, in: query, schema: { type: array, items: { type: string } } }
                    - { name: ids, in: path, required: true, schema: { type: array, items: { type: integer } } }
                  responses:
                    "204": { description: Done. }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/item.yaml", text, "Items") });

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void A_path_parameter_of_several_kinds_is_written_from_its_json_value()
    {
        // GitHub: workflow_id is an id or a file name.
        const string text = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /workflows/{workflow_id}/runs:
                get:
                  operationId: listRuns
                  parameters:
                    - name: workflow_id
                      in: path
                      required: true
                      schema: { oneOf: [{ type: integer }, { type: string }] }
                  responses:
                    "204": { description: Done. }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/kinds.yaml", text, "Kinds") });

        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        // The parameter is a union of its two kinds, written as JSON by its converter and then in the path's style.
        Assert.DoesNotContain(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'workflow_id'", System.StringComparison.Ordinal));
        var client = run.Sources.Single(s => s.HintName.EndsWith(".KindsClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("ListRunsAsync(ListRunsWorkflowId workflowId,", client, System.StringComparison.Ordinal);
        Assert.Contains(".Append(KindsFormEncoding.Path(nameof(workflowId), \"workflow_id\", KindsFormEncoding.Style.Simple, explode: false, KindsFormEncoding.Value.Of(global::System.Text.Json.JsonSerializer.SerializeToElement(workflowId, Contracts.ListRunsWorkflowId))))", client, System.StringComparison.Ordinal);
    }
}
