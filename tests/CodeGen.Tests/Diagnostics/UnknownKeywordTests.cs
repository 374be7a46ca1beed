using System.Globalization;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Parsing;
using Xunit;

namespace CodeGen.Tests.Diagnostics;

/// <summary>
/// Typos in keys (CGEN017) and <c>required</c> entries naming no property (CGEN018) are reported with a suggestion,
/// while the keywords, extensions and example payloads real specs carry are not.
/// </summary>
public sealed class UnknownKeywordTests
{
    private static SpecResult Read(string version, string body) =>
        SpecReader.Read(new SpecInput("/p/keys.yaml", $"openapi: {version}\ninfo:\n  title: Keys\n  version: \"1\"\n" + body, null, null, null), default);

    private static string Message(DiagnosticInfo diagnostic) =>
        string.Format(CultureInfo.InvariantCulture, DiagnosticDescriptors.ById(diagnostic.DescriptorId).MessageFormat.ToString(),
            diagnostic.MessageArguments.Cast<object>().ToArray());

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void A_misspelt_schema_keyword_is_reported_at_its_key_with_the_keyword_meant(string version)
    {
        var result = Read(version, "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      requried: [b]\n      propeties:\n        b: { type: string }\n");

        var reported = result.Diagnostics.Where(d => d.DescriptorId == "CGEN017").ToList();
        Assert.Equal(new[] { 10, 11 }, reported.Select(d => d.Line));
        Assert.Equal("'requried' is not a keyword of a schema; did you mean 'required'?; it is ignored", Message(reported[0]));
        Assert.Contains("did you mean 'properties'?", Message(reported[1]));
        Assert.Equal(6, reported[0].LineSpan.Start.Character);
    }

    [Fact]
    public void An_unknown_key_far_from_any_keyword_is_reported_in_30_but_allowed_by_31s_JSON_Schema()
    {
        const string Body = "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: string\n      myAnnotation: 1\n";

        var in30 = Assert.Single(Read("3.0.3", Body).Diagnostics);
        Assert.Empty(Read("3.1.0", Body).Diagnostics);

        Assert.Equal("'myAnnotation' is not a keyword of a schema; it is ignored", Message(in30));
        Assert.Equal(10, in30.Line);
    }

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void Keywords_extensions_and_example_payloads_are_not_reported(string version)
    {
        var body = """
            paths:
              /pets/{id}:
                parameters:
                  - { name: id, in: path, required: true, schema: { type: string }, x-origin: path }
                get:
                  operationId: getPet
                  tags: [pets]
                  deprecated: false
                  externalDocs: { url: "https://example.com" }
                  x-internal: true
                  responses:
                    '200':
                      description: ok
                      x-note: kept
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Pet' }
            components:
              schemas:
                Pet:
                  type: object
                  title: Pet
                  description: A pet.
                  required: [name]
                  discriminator: { propertyName: name }
                  xml: { name: pet }
                  externalDocs: { url: "https://example.com" }
                  x-tags: [a]
                  example: { requried: true, propeties: 1 }
                  examples: [{ nmae: x }]
                  properties:
                    name: { type: string, readOnly: true, writeOnly: false, deprecated: true, minLength: 1, pattern: "^a" }
                    tags: { type: array, items: { type: string }, uniqueItems: false, maxItems: 3 }
                    meta: { type: object, additionalProperties: { type: integer }, maxProperties: 4 }
                    data: { type: string, contentMediaType: image/png, contentEncoding: base64, $comment: raw }
                    age: { type: integer, minimum: 0, exclusiveMinimum: true, multipleOf: 1, default: 1, nullable: true }
                Tree:
                  $schema: https://json-schema.org/draft/2020-12/schema
                  $id: https://example.com/tree
                  $anchor: tree
                  $defs: { leaf: { type: string } }
                  type: object
                  properties:
                    kind: { const: tree }
            """;

        var result = Read(version, body);

        Assert.DoesNotContain(result.Diagnostics, d => d.DescriptorId is "CGEN017" or "CGEN018");
    }

    [Fact]
    public void A_required_entry_naming_a_property_of_another_allOf_member_is_declared()
    {
        var result = Read("3.0.3", """
            paths: {}
            components:
              schemas:
                Base:
                  type: object
                  properties: { id: { type: string } }
                Named:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      required: [id, name, missing]
                      properties: { name: { type: string } }
            """);

        var reported = Assert.Single(result.Diagnostics);
        Assert.Equal("CGEN018", reported.DescriptorId);
        Assert.Equal(15, reported.Line);
        Assert.StartsWith("'missing' is listed as required at '#/components/schemas/Named'", Message(reported));
    }

    [Fact]
    public void A_misspelt_path_item_key_is_reported_as_an_operation_would_be_lost()
    {
        var result = Read("3.0.3", "paths:\n  /a:\n    gett:\n      responses: {}\n");

        var reported = Assert.Single(result.Diagnostics);
        Assert.Equal(7, reported.Line);
        Assert.Equal("'gett' is not a keyword of a path item; did you mean 'get'?; it is ignored", Message(reported));
    }
}
