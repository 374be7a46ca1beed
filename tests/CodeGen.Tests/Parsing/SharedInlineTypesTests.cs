using System.Linq;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing;
using Xunit;

namespace CodeGen.Tests.Parsing;

/// <summary>Inline schemas of the same generated shape share one type; any difference the generated code shows keeps them apart.</summary>
public sealed class SharedInlineTypesTests
{
    private const string Header = "openapi: 3.0.3\ninfo:\n  title: Shapes\n  version: \"1\"\npaths: {}\ncomponents:\n  schemas:\n";

    private const string Links = "type: object\nrequired: [url]\nproperties:\n  url: { type: string, maxLength: 100, description: The address. }\n  label: { type: string, nullable: true }";

    /// <summary>Two components, <c>First</c> and <c>Second</c>, each with an inline schema under the given property names.</summary>
    private static SpecResult Read(string first, string second, string firstProperty = "links", string secondProperty = "links")
    {
        var spec = Header + Component("First", firstProperty, first) + Component("Second", secondProperty, second);
        var result = SpecReader.Read(new SpecInput("/p/shapes.yaml", spec, null, null, null), default);
        Assert.NotNull(result.Model);
        return result;
    }

    private static string Component(string name, string property, string schema) =>
        $"    {name}:\n      type: object\n      properties:\n        {property}:\n" +
        string.Concat(schema.Split('\n').Select(line => "          " + line + "\n"));

    private static TypeModel TypeOf(SpecResult result, string component) =>
        result.Model!.Objects.Single(o => o.Name == component).Properties.Single().Type;

    [Fact]
    public void Identical_inline_objects_share_one_type_named_after_their_common_property()
    {
        var result = Read(Links, Links);

        Assert.Equal("Links", TypeOf(result, "First").Name);
        Assert.Equal("Links", TypeOf(result, "Second").Name);
        Assert.Equal(new[] { "First", "Links", "Second" }, result.Model!.Objects.Select(o => o.Name).OrderBy(n => n));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("maxLength: 100", "maxLength: 99")]
    [InlineData("required: [url]", "required: [label]")]
    [InlineData("nullable: true", "nullable: false")]
    [InlineData("description: The address.", "description: Where it is.")]
    [InlineData("label:", "title:")]
    [InlineData("type: string, nullable", "type: integer, nullable")]
    public void A_difference_the_generated_type_shows_keeps_them_apart(string text, string replacement)
    {
        var result = Read(Links, Links.Replace(text, replacement));

        Assert.Equal("FirstLinks", TypeOf(result, "First").Name);
        Assert.Equal("SecondLinks", TypeOf(result, "Second").Name);
    }

    [Fact]
    public void Descriptions_of_the_types_themselves_may_differ_and_the_shared_type_then_has_none()
    {
        var result = Read("description: Where the first is.\n" + Links, "description: Where the second is.\n" + Links);

        Assert.Equal("Links", TypeOf(result, "Second").Name);
        Assert.Equal(Documentation.None, result.Model!.Objects.Single(o => o.Name == "Links").Documentation);
    }

    [Fact]
    public void Descriptions_the_uses_agree_on_are_kept()
    {
        var result = Read("description: Where it is.\n" + Links, "description: Where it is.\n" + Links);

        Assert.Equal("Where it is.", result.Model!.Objects.Single(o => o.Name == "Links").Documentation.Summary);
    }

    [Fact]
    public void Identical_inline_enums_share_one_type_and_different_values_do_not()
    {
        const string Direction = "type: string\nenum: [asc, desc]";
        var shared = Read(Direction, Direction, "direction", "direction");
        var apart = Read(Direction, "type: string\nenum: [asc, desc, none]", "direction", "direction");

        Assert.Equal(new[] { "Direction" }, shared.Model!.Enums.Select(e => e.Name));
        Assert.Equal(new[] { "FirstDirection", "SecondDirection" }, apart.Model!.Enums.Select(e => e.Name));
    }

    [Fact]
    public void Identical_inline_unions_share_one_type()
    {
        const string Id = "oneOf:\n  - type: string\n  - type: integer";
        var result = Read(Id, Id, "workflow_id", "workflow_id");

        Assert.Equal("WorkflowId", TypeOf(result, "Second").Name);
        Assert.Equal(new[] { "WorkflowId" }, result.Model!.Unions.Select(u => u.Name));
    }

    [Fact]
    public void An_enum_whose_values_are_described_differently_is_not_shared()
    {
        const string Level = "type: string\nenum: [low, high]\nx-enum-descriptions: [Quiet., Loud.]";
        var result = Read(Level, Level.Replace("Loud.", "Very loud."), "level", "level");

        Assert.Equal(new[] { "FirstLevel", "SecondLevel" }, result.Model!.Enums.Select(e => e.Name));
    }

    [Fact]
    public void Uses_under_different_names_share_the_first_uses_name()
    {
        var result = Read(Links, Links, "links", "urls");

        Assert.Equal("FirstLinks", TypeOf(result, "Second").Name);
        Assert.DoesNotContain(result.Model!.Objects, o => o.Name == "SecondUrls");
    }

    [Fact]
    public void A_common_name_another_type_has_is_not_taken()
    {
        var spec = Header + Component("First", "links", Links) + Component("Second", "links", Links) +
            "    Links:\n      type: object\n      properties:\n        id: { type: string }\n";
        var result = SpecReader.Read(new SpecInput("/p/shapes.yaml", spec, null, null, null), default);

        Assert.Equal("FirstLinks", result.Model!.Objects.Single(o => o.Name == "Second").Properties.Single().Type.Name);
        Assert.Empty(result.Diagnostics);
    }

    /// <summary>Two operations, <c>/a</c> and <c>/b</c>, with a query parameter <c>sort</c> of the given schema, and a component <c>Sort</c>.</summary>
    private static SpecResult ReadSortParameters(string schema, string componentValues)
    {
        var parameter = "      parameters:\n        - name: sort\n          in: query\n          schema: { " + schema + " }\n" +
            "      responses:\n        '204': { description: Done }\n";
        var spec = "openapi: 3.0.3\ninfo:\n  title: Shapes\n  version: \"1\"\npaths:\n" +
            "  /a:\n    get:\n      operationId: listA\n" + parameter +
            "  /b:\n    get:\n      operationId: listB\n" + parameter +
            "components:\n  schemas:\n    Sort:\n      type: string\n      enum: " + componentValues + "\n";
        var result = SpecReader.Read(new SpecInput("/p/shapes.yaml", spec, null, null, null), default);
        Assert.NotNull(result.Model);
        return result;
    }

    private static string? SortParameterType(SpecResult result, string operation) =>
        result.Model!.Operations.Single(o => o.Path == operation).Parameters.Single().Type.Name;

    [Fact]
    public void A_shared_enum_of_operations_whose_common_name_is_taken_is_named_after_its_values_too()
    {
        var result = ReadSortParameters("type: string, enum: [created, updated]", "[created, updated, comments]");

        Assert.Equal("SortCreatedUpdated", SortParameterType(result, "/a"));
        Assert.Equal("SortCreatedUpdated", SortParameterType(result, "/b"));
        Assert.Contains(result.Model!.Enums, e => e.Name == "Sort");
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("[created, updated, pushed, full_name]")]
    [InlineData("[\"1\", \"2\"]")]
    [InlineData("[APPROVE, COMMENT]")]
    public void An_enum_of_many_values_or_values_that_are_not_plain_words_keeps_its_first_uses_name(string values)
    {
        var result = ReadSortParameters("type: string, enum: " + values, "[created]");

        Assert.Equal("ListASort", SortParameterType(result, "/b"));
    }

    [Fact]
    public void A_shared_enum_first_met_in_a_component_keeps_that_name_when_the_common_one_is_taken()
    {
        const string Sort = "type: string\nenum: [created, updated]";
        var spec = Header + Component("First", "sort", Sort) + Component("Second", "sort", Sort) +
            "    Sort:\n      type: string\n      enum: [created, updated, comments]\n";
        var result = SpecReader.Read(new SpecInput("/p/shapes.yaml", spec, null, null, null), default);

        Assert.Equal("FirstSort", TypeOf(result, "Second").Name);
    }

    [Fact]
    public void Component_schemas_keep_their_own_names_however_alike()
    {
        var spec = Header + "    Alpha:\n" + string.Concat(Links.Split('\n').Select(line => "      " + line + "\n")) +
            "    Beta:\n" + string.Concat(Links.Split('\n').Select(line => "      " + line + "\n"));
        var result = SpecReader.Read(new SpecInput("/p/shapes.yaml", spec, null, null, null), default);

        Assert.Equal(new[] { "Alpha", "Beta" }, result.Model!.Objects.Select(o => o.Name));
    }

    [Fact]
    public void A_later_copy_whose_own_name_collides_is_not_reported()
    {
        // SecondLinks is a component, so the second copy would be renamed; sharing the first's type, it is not.
        var spec = Header + Component("First", "links", Links) + Component("Second", "links", Links) +
            "    SecondLinks:\n      type: object\n      properties:\n        id: { type: string }\n";
        var result = SpecReader.Read(new SpecInput("/p/shapes.yaml", spec, null, null, null), default);

        Assert.Equal("Links", result.Model!.Objects.Single(o => o.Name == "Second").Properties.Single().Type.Name);
        Assert.DoesNotContain(result.Diagnostics, d => d.DescriptorId == "CGEN008");
    }

    [Fact]
    public void Only_uses_in_the_selected_operations_count()
    {
        const string Operation = "    get:\n      operationId: {0}\n      parameters:\n        - name: direction\n          in: query\n" +
            "          schema: {{ type: string, enum: [asc, desc] }}\n      responses:\n        \"204\": {{ description: Done. }}\n";
        var spec = "openapi: 3.0.3\ninfo:\n  title: Shapes\n  version: \"1\"\npaths:\n  /issues:\n" + string.Format(Operation, "listIssues") +
            "  /pulls:\n" + string.Format(Operation, "listPulls");
        var all = SpecReader.Read(new SpecInput("/p/shapes.yaml", spec, null, null, null), default);
        var one = SpecReader.Read(new SpecInput("/p/shapes.yaml", spec, null, null, null)
        {
            Selection = OperationSelection.All with { IncludeOperations = new[] { "listPulls" }.ToEquatableArray() },
        }, default);

        Assert.Equal(new[] { "Direction" }, all.Model!.Enums.Select(e => e.Name));
        Assert.Equal(new[] { "ListPullsDirection" }, one.Model!.Enums.Select(e => e.Name));
    }
}
