using System.Linq;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>The paging extensions: what they add, that a spec without them gets none of it, and bad values at their line.</summary>
public sealed class PagingExtensionTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Pages, version: "1" }
        servers: [{ url: "https://example.com" }]
        security: [{ key: [] }]
        components:
          securitySchemes:
            key: { type: apiKey, in: query, name: key }
        paths:
          /items:
            post:
              operationId: searchItems
        {EXTENSIONS}
              parameters:
                - { name: cursor, in: query, schema: { type: string } }
                - { name: offset, in: query, schema: { type: integer } }
                - { name: size, in: query, schema: { type: number } }
              requestBody:
                required: {BODY_REQUIRED}
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        skip: { type: integer, format: int64 }
                        limit: { type: integer }
                        offset: { type: integer }
                        query: { type: string }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          data:
                            type: object
                            properties:
                              items: { type: array, items: { type: string } }
                          next: { type: string }
                          total: { type: integer }
        """;

    private static TestSpec WithExtensions(string lines, bool bodyRequired = true) =>
        new("/p/pages.yaml", Spec.Replace("{EXTENSIONS}", lines).Replace("{BODY_REQUIRED}", bodyRequired ? "true" : "false"), "Pages");

    private static string Client(GeneratorRun run) =>
        run.Sources.Single(s => s.HintName.EndsWith(".PagesClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();

    [Fact]
    public void A_spec_without_the_extensions_has_no_paged_methods()
    {
        var run = GeneratorHarness.Run(new[] { WithExtensions("") });

        Assert.Empty(run.CompilationProblems());
        Assert.DoesNotContain("IAsyncEnumerable", Client(run));
    }

    [Theory]
    [InlineData("      x-codegen-paging: { offset: skip, limit: limit, items: data.items }", "position = checked(position + received);")]
    [InlineData("      x-codegen-paging: { page: limit, items: data.items, firstPage: 0 }", "var position = body.Limit ?? 0;")]
    [InlineData("      x-codegen-paging: { cursor: cursor, nextCursor: next, items: data.items }", "var nextPosition = response.Next;")]
    [InlineData("      x-codegen-paging: { cursor: query, nextCursor: next, items: data.items }", "Query = position")]
    public void Each_kind_adds_the_two_walks_and_compiles(string extension, string expected)
    {
        var run = GeneratorHarness.Run(new[] { WithExtensions(extension) });

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var client = Client(run);
        Assert.Contains("IAsyncEnumerable<SearchItemsResponse> SearchItemsPagesAsync(", client);
        Assert.Contains("IAsyncEnumerable<string> SearchItemsAllAsync(", client);
        Assert.Contains(expected, client);
    }

    [Theory]
    [InlineData("      x-codegen-paging: tasks", 12, "it needs 'items'")]
    [InlineData("      x-codegen-paging: { offset: skip }", 12, "it needs 'items'")]
    [InlineData("      x-codegen-paging: { items: data.items }", 12, "give exactly one of")]
    [InlineData("      x-codegen-paging: { offset: skip, cursor: cursor, items: data.items }", 12, "give exactly one of")]
    [InlineData("      x-codegen-paging: { offset: missing, items: data.items }", 12, "no query parameter or request body property 'missing'")]
    [InlineData("      x-codegen-paging: { offset: query, items: data.items }", 12, "the request body's 'query' must be an integer")]
    [InlineData("      x-codegen-paging: { offset: skip, limit: size, items: data.items }", 12, "the query parameter 'size' must be an integer")]
    [InlineData("      x-codegen-paging: { offset: offset, items: data.items }", 12, "both a query parameter and a property of the request body are named 'offset'")]
    [InlineData("      x-codegen-paging: { offset: skip, items: data.nothing }", 12, "the success response has no list at 'data.nothing'")]
    [InlineData("      x-codegen-paging: { offset: skip, items: total }", 12, "the success response has no list at 'total'")]
    [InlineData("      x-codegen-paging: { cursor: cursor, items: data.items }", 12, "'cursor' needs 'nextCursor'")]
    [InlineData("      x-codegen-paging: { cursor: cursor, nextCursor: total, items: data.items }", 12, "the success response has no string at 'total'")]
    [InlineData("      x-codegen-paging: { page: skip, items: data.items, firstPage: -1 }", 12, "'firstPage' must be a whole number")]
    [InlineData("      x-codegen-paging: { nextLink: next, items: data.items }", 12, "credentials in the query string")]
    [InlineData("      x-ms-pageable: [nextLink]", 12, "it must be a mapping")]
    [InlineData("      x-ms-pageable: { nextLinkName: next }", 12, "the success response has no list at 'value'")]
    [InlineData("      x-ms-pageable:\n        nextLinkName: next\n        itemName: data.items", 14, "the success response has no list at 'data.items'")]
    public void A_malformed_extension_is_reported_at_its_line_and_ignored(string extension, int line, string reason)
    {
        var run = GeneratorHarness.Run(new[] { WithExtensions(extension) });

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN007", diagnostic.Id);
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains(reason, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationProblems());
        Assert.DoesNotContain("PagesAsync", Client(run));
    }

    [Fact]
    public void A_value_in_an_optional_body_cannot_page_and_says_why()
    {
        var run = GeneratorHarness.Run(new[] { WithExtensions("      x-codegen-paging: { offset: skip, items: data.items }", bodyRequired: false) });

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Contains("pages only when the body is required", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationProblems());
    }

    [Theory]
    [InlineData("listTasksPages", "listTasks", true)]
    [InlineData("listTasks", "listTasksPages", false)]
    public void An_operation_named_like_a_walk_keeps_its_name_only_if_it_comes_first(string first, string second, bool walkDropped)
    {
        static string Operation(string id, string path) => $$"""
              {{path}}:
                get:
                  operationId: {{id}}
                  parameters: [{ name: cursor, in: query, schema: { type: string } }]
                  x-codegen-paging: { cursor: cursor, nextCursor: next, items: items }
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              items: { type: array, items: { type: string } }
                              next: { type: string }

            """;
        var text = "openapi: 3.0.3\ninfo: { title: Pages, version: \"1\" }\nservers: [{ url: \"https://example.com\" }]\npaths:\n"
            + Operation(first, "/a") + Operation(second, "/b");

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/pages.yaml", text, "Pages") });

        Assert.Empty(run.CompilationProblems());
        var client = Client(run);
        if (walkDropped)
        {
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Contains("the walk needs the method ListTasksPagesAsync", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("IAsyncEnumerable<ListTasksPagesResponse> ListTasksPagesPagesAsync(", client);
            Assert.DoesNotContain("ListTasksAllAsync(", client);
        }
        else
        {
            Assert.Empty(run.Diagnostics);
            Assert.Contains("IAsyncEnumerable<ListTasksResponse> ListTasksPagesAsync(", client);
            Assert.Contains("ListTasksPages2Async(", client);
        }
    }

    [Fact]
    public void The_clients_interface_declares_the_walks_the_client_implements()
    {
        var path = System.IO.Path.Combine(RepoPaths.TestsProject, "Http", "Specs", "paging.yaml");
        var spec = new TestSpec(path, System.IO.File.ReadAllText(path), "Pages", "PagingClient");

        var run = GeneratorHarness.Run(new[] { spec });

        Assert.Empty(run.CompilationProblems());
        var contract = run.Sources.Single(s => s.HintName.EndsWith(".IPagingClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        // Two walks for each of the three paged operations; the attribute that only an implementation may carry is not there.
        Assert.Equal(6, contract.Split("IAsyncEnumerable<").Length - 1);
        Assert.DoesNotContain("EnumeratorCancellation", contract, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_pageable_without_a_next_link_name_is_one_page_and_no_walk()
    {
        var run = GeneratorHarness.Run(new[] { WithExtensions("      x-ms-pageable: { nextLinkName: null }") });

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("PagesAsync", Client(run));
    }
}
