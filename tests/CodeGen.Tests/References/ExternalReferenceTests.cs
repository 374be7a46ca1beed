using System;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.References;

/// <summary>
/// <c>$ref</c>s to other files are followed among the files given to the generator: relative to the file they are
/// written in, to a JSON pointer or a whole file, in JSON or YAML; a missing file and a URL are reported once each.
/// </summary>
public sealed class ExternalReferenceTests
{
    private const string Project = "/project";

    private const string Spec = """
        openapi: 3.0.3
        info: { title: Shop, version: '1' }
        paths:
          /orders:
            post:
              operationId: createOrder
              requestBody:
                content:
                  application/json:
                    schema: { $ref: 'schemas/order.yaml' }
              responses:
                '201':
                  description: created
                  content:
                    application/json:
                      schema: { $ref: 'schemas/order.yaml' }
                '422':
                  description: invalid
                  content:
                    application/json:
                      schema: { $ref: '../common/errors.json#/components/schemas/Problem' }
        """;

    private const string Order = """
        type: object
        required: [id]
        properties:
          id: { type: string }
          tag: { $ref: 'parts/tag.yaml#/Tag' }
          problem: { $ref: './../../common/errors.json#/components/schemas/Problem' }
        """;

    private const string Tag = """
        Tag:
          type: object
          properties:
            label: { type: string }
            colour: { $ref: '#/Colour' }
        Colour:
          type: string
          enum: [red, green]
        """;

    private const string Errors = """
        {
          "openapi": "3.0.0",
          "info": { "title": "Common", "version": "1" },
          "components": {
            "schemas": {
              "Problem": {
                "type": "object",
                "properties": {
                  "statusCode": { "type": "number" },
                  "message": { "type": "array", "items": { "type": "string" } },
                  "detail": { "$ref": "#/components/schemas/Detail" }
                }
              },
              "Detail": { "type": "object", "properties": { "field": { "type": "string" } } }
            }
          }
        }
        """;

    private static readonly TestSpec[] ShopFiles =
    {
        new("/project/specs/shop/shop.yaml", Spec, "Shop"),
        TestSpec.Reference("/project/specs/shop/schemas/order.yaml", Order),
        TestSpec.Reference("/project/specs/shop/schemas/parts/tag.yaml", Tag),
        TestSpec.Reference("/project/specs/common/errors.json", Errors),
    };

    [Fact]
    public void References_into_other_files_become_typed_classes_in_the_specs_namespace()
    {
        var run = Run(ShopFiles);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var source = string.Join("\n", run.Sources.Select(s => s.SourceText.ToString()));
        // The whole-file reference is named after its file, the pointers after their last segment.
        Assert.Contains("public sealed partial class Order", source, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class Tag", source, StringComparison.Ordinal);
        Assert.Contains("public enum Colour", source, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class Problem", source, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class Detail", source, StringComparison.Ordinal);
        Assert.Contains(" Problem? Problem { get; set; }", source, StringComparison.Ordinal);
        Assert.Contains("var read = new ResponseReader(this, response, \"CreateOrder\", cancellationToken);", source, StringComparison.Ordinal);
        Assert.Contains("throw await read.Error(Contracts.Problem, ", source, StringComparison.Ordinal);
        // Reached through two different relative paths, the shared schema is still one class.
        Assert.Single(run.Output.GetSymbolsWithName("Problem", SymbolFilter.Type));
        Assert.DoesNotContain("JsonElement", source.Split('\n').Where(line => line.Contains("Problem", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_missing_file_is_reported_once_at_its_first_use_with_the_line_that_adds_it()
    {
        var run = Run(ShopFiles.Where(file => !file.Path.EndsWith("errors.json", StringComparison.Ordinal)));

        // Used from order.yaml (met first, through the request body) and from the spec: one error, at the first use.
        var missing = Assert.Single(run.Diagnostics, d => d.Id == "CGEN019");
        Assert.Equal(DiagnosticSeverity.Error, missing.Severity);
        Assert.Equal("/project/specs/shop/schemas/order.yaml", missing.Location.GetLineSpan().Path);
        Assert.Equal(6, missing.Location.GetLineSpan().StartLinePosition.Line + 1);
        var message = missing.GetMessage();
        Assert.Contains("'../common/errors.json'", message, StringComparison.Ordinal);
        Assert.Contains("<OpenApiReference Include=\"specs/common/errors.json\" />", message.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Empty(run.Diagnostics.Where(d => d.Id != "CGEN019"));
    }

    [Fact]
    public void A_url_is_not_followed_and_is_reported_once_per_document()
    {
        var spec = Spec.Replace("schemas/order.yaml", "https://example.com/schemas.yaml#/Order");
        var run = Run(new[] { new TestSpec("/project/specs/shop/shop.yaml", spec, "Shop"), TestSpec.Reference("/project/specs/common/errors.json", Errors) });

        var unsupported = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN006", unsupported.Id);
        Assert.Contains("https://example.com/schemas.yaml", unsupported.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void A_problem_inside_a_referenced_file_points_into_that_file()
    {
        var files = ShopFiles.Select(file => file.Path.EndsWith("tag.yaml", StringComparison.Ordinal)
            ? file with { Text = Tag.Replace("'#/Colour'", "'#/Color'") }
            : file);
        var run = Run(files);

        var unresolved = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN003", unresolved.Id);
        Assert.Equal("/project/specs/shop/schemas/parts/tag.yaml", unresolved.Location.GetLineSpan().Path);
        Assert.Equal(5, unresolved.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_shared_schema_named_like_one_of_the_specs_own_takes_the_next_name_with_a_warning()
    {
        var spec = Spec + """

            components:
              schemas:
                Problem:
                  type: object
                  properties:
                    local: { type: boolean }
            """;
        var run = Run(ShopFiles.Select(file => file.Path.EndsWith("shop.yaml", StringComparison.Ordinal) ? file with { Text = spec } : file));

        var collision = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN008", collision.Id);
        Assert.Equal("/project/specs/common/errors.json", collision.Location.GetLineSpan().Path);
        Assert.Empty(run.CompilationProblems());
        Assert.Equal(2, run.Output.GetSymbolsWithName(name => name.StartsWith("Problem", StringComparison.Ordinal), SymbolFilter.Type)
            .Count(type => type.ContainingNamespace.Name == "Shop"));
    }

    private static GeneratorRun Run(System.Collections.Generic.IEnumerable<TestSpec> files)
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(files, Project, out _).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }
}
