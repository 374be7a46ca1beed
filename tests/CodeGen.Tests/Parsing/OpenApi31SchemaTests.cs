using System.Linq;
using CodeGen.Model;
using CodeGen.Parsing;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Parsing;

/// <summary>OpenAPI 3.1 (JSON Schema 2020-12) ways of writing types read without errors, each as the type it means.</summary>
public sealed class OpenApi31SchemaTests
{
    private const string Header = "openapi: 3.1.0\ninfo:\n  title: Types\n  version: \"1\"\npaths: {}\ncomponents:\n  schemas:\n";

    private static (PropertyModel Property, SpecResult Result) PropertyOf(string propertySchema)
    {
        var spec = Header + "    Holder:\n      type: object\n      properties:\n        value:\n" +
            string.Concat(propertySchema.Split('\n').Select(line => "          " + line + "\n")) +
            "    Target:\n      type: object\n      description: The target.\n      properties:\n        id: { type: string }\n";
        var result = SpecReader.Read(new SpecInput("/p/types.yaml", spec, null, null, null), default);
        Assert.NotNull(result.Model);
        var holder = result.Model!.Objects.Single(o => o.Name == "Holder");
        return (holder.Properties.Single(), result);
    }

    [Theory]
    [InlineData("type: [string, 'null']", "String", true)]
    [InlineData("type: ['null', integer]", "Int32", true)]
    [InlineData("type: 'null'", "Any", true)]
    [InlineData("type: ['null']", "Any", true)]
    [InlineData("anyOf:\n  - $ref: '#/components/schemas/Target'\n  - type: 'null'", "Object", true)]
    [InlineData("oneOf:\n  - type: 'null'\n  - type: string", "String", true)]
    [InlineData("anyOf:\n  - type: ['null']\n  - type: integer\n    format: int64", "Int64", true)]
    [InlineData("oneOf:\n  - const: null\n  - type: boolean", "Boolean", true)]
    [InlineData("oneOf:\n  - type: string", "String", false)]
    [InlineData("type: array\nprefixItems:\n  - type: string\n  - type: integer\nitems: false", "Array", false)]
    [InlineData("type: array\nitems: false", "Array", false)]
    [InlineData("false", "Any", false)]
    public void A_31_type_reads_as_the_type_it_means_without_an_error(string schema, string kind, bool nullable)
    {
        var (property, result) = PropertyOf(schema);

        Assert.DoesNotContain(result.Diagnostics, d => d.DescriptorId is "CGEN002");
        Assert.Equal(kind, property.Type.Kind.ToString());
        Assert.Equal(nullable, property.IsNullable);
    }

    [Fact]
    public void Several_non_null_types_are_a_JsonElement_reported_as_not_supported()
    {
        var (property, result) = PropertyOf("type: [string, integer, 'null']");

        Assert.Equal(TypeKind.Any, property.Type.Kind);
        Assert.True(property.IsNullable);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CGEN006", diagnostic.DescriptorId);
        Assert.Equal(12, diagnostic.Line);
    }

    [Fact]
    public void A_tuple_is_an_array_of_JsonElement_reported_at_its_prefixItems()
    {
        var (property, result) = PropertyOf("type: array\nprefixItems:\n  - type: string\nitems: false");

        Assert.Equal(TypeKind.Any, property.Type.Element!.Kind);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CGEN006", diagnostic.DescriptorId);
        Assert.Equal(14, diagnostic.Line);
    }

    [Fact]
    public void A_string_const_is_a_one_value_enum()
    {
        var (property, result) = PropertyOf("type: string\nconst: dog");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(TypeKind.Enum, property.Type.Kind);
        var values = result.Model!.Enums.Single(e => e.Name == property.Type.Name).Members.Select(m => m.WireValue);
        Assert.Equal(new[] { "dog" }, values);
    }

    [Fact]
    public void The_first_of_examples_documents_the_property()
    {
        var (property, result) = PropertyOf("type: string\nexamples: [first, second]");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("\"first\"", property.Documentation.Example);
    }

    [Fact]
    public void Keywords_beside_a_ref_keep_the_ref_type_and_give_their_documentation()
    {
        var (property, result) = PropertyOf("$ref: '#/components/schemas/Target'\ndescription: Where it points.");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new TypeModel(TypeKind.Object, "Target"), property.Type);
        Assert.Equal("Where it points.", property.Documentation.Summary);
    }

    [Fact]
    public void The_whole_31_spec_compiles()
    {
        var spec = Header + """
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: { type: [string, 'null'] }
                    kind: { const: dog }
                    nothing: { type: 'null' }
                    owner:
                      anyOf:
                        - $ref: '#/components/schemas/Owner'
                        - type: 'null'
                    tags: { type: array, items: { type: string }, examples: [[a, b]] }
                    pair: { type: array, prefixItems: [{ type: string }, { type: integer }], items: false }
                Owner:
                  type: object
                  properties:
                    id: { type: integer }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/types.yaml", spec, "Types") });

        Assert.DoesNotContain(run.Diagnostics, d => d.Id != "CGEN006");
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void A_required_parameter_with_a_const_is_sent_as_that_constant()
    {
        var spec = "openapi: 3.1.0\ninfo:\n  title: Types\n  version: \"1\"\npaths:\n  /a:\n    get:\n      operationId: getA\n" +
            "      parameters:\n        - { name: Version, in: header, required: true, schema: { type: string, const: '2021-07-28' } }\n" +
            "      responses:\n        '204':\n          description: ok\n";

        var result = SpecReader.Read(new SpecInput("/p/types.yaml", spec, null, null, null), default);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("2021-07-28", result.Model!.Operations.Single().Parameters.Single().ConstantValue);
    }
}
