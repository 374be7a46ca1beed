using System.Linq;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>The bulk-work extensions: what they add, that a spec without them gets none of it, and bad values.</summary>
public sealed class BulkExtensionTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Bulk, version: "1" }
        servers: [{ url: "https://example.com" }]
        paths:
          /items:
            post:
              operationId: createItems
        {EXTENSIONS}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [items]
                      properties:
                        items: { type: array, maxItems: 10, items: { type: string } }
                        note: { type: string }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          requestId: { type: string }
        """;

    private static string WithExtensions(string lines) => Spec.Replace("{EXTENSIONS}", lines);

    [Fact]
    public void A_spec_without_the_extensions_has_no_batch_method_no_batch_types_and_no_rate_limiter()
    {
        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/bulk.yaml", WithExtensions(""), "Bulk") });

        Assert.Empty(run.CompilationProblems());
        var client = run.Sources.Single(s => s.HintName.EndsWith(".BulkClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.DoesNotContain("InBatchesAsync", client);
        Assert.DoesNotContain("RateLimit", client);
        Assert.DoesNotContain(run.Sources, s => s.HintName.EndsWith("BatchResult.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_extensions_add_a_batch_method_split_by_max_items_and_a_rate_limit()
    {
        const string extensions = "      x-codegen-rate-limit: { requests: 3, windowSeconds: 1.5 }\n      x-codegen-batch: { items: items, callId: requestId }";
        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/bulk.yaml", WithExtensions(extensions), "Bulk") });

        Assert.Empty(run.CompilationProblems());
        Assert.Empty(run.Diagnostics);
        var client = run.Sources.Single(s => s.HintName.EndsWith(".BulkClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("CreateItemsInBatchesAsync(", client);
        Assert.Contains("start += 10", client);
        Assert.Contains("new(\"CreateItems\", 3, global::System.TimeSpan.FromSeconds(1.5))", client);
    }

    [Theory]
    [InlineData("      x-codegen-rate-limit: { requests: 0, windowSeconds: 5 }", 8)]
    [InlineData("      x-codegen-rate-limit: 25", 8)]
    [InlineData("      x-codegen-batch: { items: missing }", 8)]
    [InlineData("      x-codegen-batch: { items: note }", 8)]
    [InlineData("      x-codegen-batch: { items: items, callId: nothing.here }", 8)]
    public void A_malformed_extension_is_reported_where_it_is_and_ignored(string extension, int line)
    {
        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/bulk.yaml", WithExtensions(extension), "Bulk") });

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN007", diagnostic.Id);
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(run.CompilationProblems());
        var client = run.Sources.Single(s => s.HintName.EndsWith(".BulkClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.DoesNotContain("InBatchesAsync", client);
    }

    [Fact]
    public void A_success_flag_that_is_not_a_boolean_is_reported_and_ignored_and_the_client_compiles()
    {
        var text = System.IO.File.ReadAllText(RepoPaths.Spec("saleshandy.yaml"))
            .Replace("        success:\n          type: boolean", "        success:\n          type: string", System.StringComparison.Ordinal);

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/saleshandy.yaml", text, "Flags", "SaleshandyClient") });

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN007", diagnostic.Id);
        Assert.Equal(63, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(run.CompilationProblems());
    }
}
