using System.Linq;
using CodeGen.Model;
using CodeGen.Parsing;
using Xunit;

namespace CodeGen.Tests.Validation;

/// <summary>How the validation keywords of a schema land in the model, for both OpenAPI 3.0 and 3.1.</summary>
public sealed class ConstraintReadingTests
{
    [Fact]
    public void String_keywords_are_read_and_keywords_of_other_types_are_ignored()
    {
        var type = PropertyType("""
            type: string
            minLength: 1
            maxLength: 20.0
            pattern: '^\d+$'
            format: email
            minimum: 3
            minItems: 2
            """);

        Assert.Equal(new ValueConstraints(MinLength: 1, MaxLength: 20, Pattern: @"^\d+$", Format: "email"), type.Constraints);
    }

    [Fact]
    public void OpenAPI_3_0_boolean_exclusive_bounds_mark_minimum_and_maximum_exclusive()
    {
        var type = PropertyType("""
            type: number
            minimum: 0
            exclusiveMinimum: true
            maximum: 1e3
            exclusiveMaximum: false
            """);

        Assert.Equal(new NumberBound("0", IsExclusive: true), type.Constraints!.Minimum);
        Assert.Equal(new NumberBound("1000", IsExclusive: false), type.Constraints.Maximum);
    }

    [Theory]
    [InlineData("exclusiveMinimum: 5", "5", true)]
    [InlineData("minimum: 5\nexclusiveMinimum: 5", "5", true)]
    [InlineData("minimum: 6\nexclusiveMinimum: 5", "6", false)]
    [InlineData("minimum: 4.5\nexclusiveMinimum: 5", "5", true)]
    public void OpenAPI_3_1_numeric_exclusive_bounds_keep_the_stricter_bound(string keywords, string bound, bool exclusive)
    {
        var type = PropertyType("type: integer\n" + keywords, openApi: "3.1.0");

        Assert.Equal(new NumberBound(bound, exclusive), type.Constraints!.Minimum);
    }

    [Fact]
    public void Array_keywords_are_read_and_item_keywords_stay_with_the_items()
    {
        var type = PropertyType("""
            type: array
            minItems: 1
            maxItems: 50
            uniqueItems: true
            items:
              type: string
              maxLength: 8
            """);

        Assert.Equal(new ValueConstraints(MinItems: 1, MaxItems: 50, UniqueItems: true), type.Constraints);
        Assert.Equal(new ValueConstraints(MaxLength: 8), type.Element!.Constraints);
    }

    [Fact]
    public void A_schema_without_keywords_has_no_constraints_and_equal_specs_give_equal_models()
    {
        const string schema = "type: string\nmaxLength: 3";

        Assert.Null(PropertyType("type: string").Constraints);
        Assert.Equal(Read(schema), Read(schema));
    }

    [Fact]
    public void Typed_dates_carry_no_string_keywords_because_their_type_decides_the_format()
    {
        var type = PropertyType("""
            type: string
            format: utc-date-time
            x-codegen-date-format: "yyyy-MM-dd HH:mm:ss"
            pattern: '^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$'
            """);

        Assert.Equal(TypeKind.CustomDateTime, type.Kind);
        Assert.Null(type.Constraints);
    }

    private static TypeModel PropertyType(string schema, string openApi = "3.0.3") =>
        Read(schema, openApi).Objects.Single().Properties.Single().Type;

    private static ApiModel Read(string schema, string openApi = "3.0.3")
    {
        var indented = string.Join("\n", schema.Split('\n').Select(line => "            " + line));
        var text = $"openapi: {openApi}\ninfo: {{ title: T, version: '1' }}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        p:\n{indented}\n";
        var result = SpecReader.Read(new SpecInput("/specs/t.yaml", text, "T", null, null), default);
        Assert.Empty(result.Diagnostics);
        return result.Model!;
    }
}
