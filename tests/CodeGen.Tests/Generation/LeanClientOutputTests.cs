using System.Linq;
using System.Text.RegularExpressions;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>
/// Each thing an operation's client code says is said once: the twin that returns the response refers to the plain
/// method's docs, a success body is read in one place, and a URL known but for the base URL needs no builder.
/// </summary>
public sealed class LeanClientOutputTests
{
    private const string Spec = """
openapi: 3.0.3
info: { title: Lean, version: "1" }
paths:
  /items/{id}:
    get:
      operationId: getItem
      summary: Gets an item.
      parameters:
        - { name: id, in: path, required: true, schema: { type: string }, description: The item's id. }
      responses:
        "200": { description: The item., content: { application/json: { schema: { $ref: "#/components/schemas/Item" } } } }
        "404": { description: No such item. }
  /items:
    post:
      operationId: createItem
      requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/Item" } } } }
      responses:
        "201": { description: Created., content: { application/json: { schema: { $ref: "#/components/schemas/Item" } } } }
        "204": { description: Nothing to return. }
components:
  schemas:
    Item:
      type: object
      properties:
        name: { type: string }
""";

    private static GeneratorRun Run() => GeneratorHarness.Run(new[] { new TestSpec("lean.yaml", Spec, "Lean", "LeanClient") });

    private static string Source(GeneratorRun run, string hintName) =>
        run.Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    [Fact]
    public void The_twin_inherits_the_summary_arguments_and_exceptions_of_the_plain_method_and_compiles_with_checked_docs()
    {
        var run = Run();

        Assert.Empty(run.CompilationProblems());
        var contract = Source(run, "Lean.ILeanClient.g.cs");
        Assert.Single(Regex.Matches(contract, "<param name=\"id\">The item's id.</param>"));
        Assert.Single(Regex.Matches(contract, "<summary>Gets an item.</summary>"));
        var twin = run.Output.GetTypeByMetadataName("Lean.ILeanClient")!.GetMembers("GetItemWithResponseAsync").OfType<IMethodSymbol>().Single();
        // The compiler binds the cref: the twin's docs name the plain method by its documentation ID.
        Assert.Contains("<inheritdoc cref=\"M:Lean.ILeanClient.GetItemAsync(System.String,System.Threading.CancellationToken)\"", twin.GetDocumentationCommentXml());
    }

    [Fact]
    public void A_success_status_read_like_any_other_2xx_is_read_once_by_the_catch_all_case()
    {
        var client = Source(Run(), "Lean.LeanClient.g.cs");

        var getItem = Between(client, "GetItemWithResponseAsync(string id", "\n    }\n");
        Assert.DoesNotContain("200", getItem);
        Assert.Contains("var read = new ResponseReader(this, response, \"GetItem\", cancellationToken);", getItem);
        Assert.Contains("404 => throw await read.Error(\"No such item.\")", getItem);
        Assert.Contains("_ when response.IsSuccessStatusCode => await read.Body(", getItem);
        Assert.Single(Regex.Matches(getItem, @"read\.Body\("));
        // 204 returns no body, unlike the default case, so it keeps its own case.
        var createItem = Between(client, "CreateItemWithResponseAsync(Item body", "CreateRequest()");
        Assert.DoesNotContain("case 201:", createItem);
        Assert.Contains("case 204:", createItem);
    }

    [Fact]
    public void A_url_known_but_for_the_base_url_is_one_concatenation_and_a_bare_request_is_one_expression()
    {
        var client = Source(Run(), "Lean.LeanClient.g.cs");

        var createItem = Between(client, "CreateItemWithResponseAsync(Item body", "CreateRequest()");
        Assert.Contains("var requestUri = _baseUrl + \"/items\";", createItem);
        Assert.DoesNotContain("StringBuilder", createItem);
        var getItem = Between(client, "GetItemWithResponseAsync(string id", "\n    }\n");
        // A path value makes the URL one interpolated string; a request of method and URL alone needs no factory.
        Assert.Contains("var requestUri = $\"{_baseUrl}/items/{PathSegment(id, nameof(id))}\";", getItem);
        Assert.DoesNotContain("StringBuilder", getItem);
        Assert.Contains("using var response = await SendAsync(requestUri, \"GetItem\", \"GET\", \"/items/{id}\", cancellationToken).ConfigureAwait(false);", getItem);
        Assert.DoesNotContain("CreateRequest", getItem);
        // A request of a body and nothing else is one expression.
        Assert.Matches(@"CreateRequest\(\) =>\n *new\(global::System\.Net\.Http\.HttpMethod\.Post, requestUri\) \{ Content = global::System\.Net\.Http\.Json\.JsonContent\.Create\(body, Contracts\.Item\) \};", client);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, System.StringComparison.Ordinal);
        Assert.True(from >= 0, start);
        var to = text.IndexOf(end, from, System.StringComparison.Ordinal);
        return to < 0 ? text.Substring(from) : text.Substring(from, to - from);
    }
}
