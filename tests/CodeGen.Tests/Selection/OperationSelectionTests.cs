using System;
using System.Linq;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing;
using Xunit;

namespace CodeGen.Tests.Selection;

/// <summary>Which operations, schemas and credentials a selection keeps, read as the generator reads the spec.</summary>
public sealed class OperationSelectionTests
{
    private static readonly string[] AllOperations = { "listPets", "createPet", "getPet", "deletePet", "getPhoto", "placeOrder", "listAudit" };

    [Fact]
    public void Without_a_selection_every_operation_and_schema_is_generated()
    {
        var model = Read(OperationSelection.All);

        Assert.Equal(AllOperations.Length, model.Operations.Count);
        Assert.Contains("Unused", ObjectNames(model));
        Assert.Contains("AuditStatus", EnumNames(model));
    }

    [Theory]
    [InlineData("pets", new[] { "listPets", "createPet", "getPet", "deletePet" })]
    [InlineData("PETS", new[] { "listPets", "createPet", "getPet", "deletePet" })]
    [InlineData("admin", new[] { "deletePet", "listAudit" })]
    [InlineData("store;photos", new[] { "getPhoto", "placeOrder" })]
    public void Tags_select_ignoring_case(string tags, string[] expected) =>
        Assert.Equal(expected.OrderBy(x => x), OperationIds(Read(Selection(includeTags: tags))));

    [Theory]
    [InlineData("/pets", new[] { "listPets", "createPet" })]
    [InlineData("/pets/*", new[] { "getPet", "deletePet" })]
    [InlineData("/pets/**", new[] { "listPets", "createPet", "getPet", "deletePet", "getPhoto" })]
    [InlineData("/pets/*/photos/*", new[] { "getPhoto" })]
    [InlineData("/**/photos/**", new[] { "getPhoto" })]
    [InlineData("/store/orders/", new[] { "placeOrder" })]
    [InlineData("/*/orders;/admin/**", new[] { "placeOrder", "listAudit" })]
    public void Path_patterns_select_one_segment_with_a_star_and_any_number_with_two(string paths, string[] expected) =>
        Assert.Equal(expected.OrderBy(x => x), OperationIds(Read(Selection(includePaths: paths))));

    [Fact]
    public void OperationIds_select_as_the_spec_spells_them()
    {
        Assert.Equal(new[] { "getPet", "placeOrder" }, OperationIds(Read(Selection(includeOperations: " getPet ; placeOrder"))));
        Assert.Empty(Read(Selection(includeOperations: "GETPET")).Operations);
    }

    [Fact]
    public void An_operation_matching_any_include_is_kept_and_any_exclude_removes_it()
    {
        var model = Read(Selection(includeTags: "pets", includeOperations: "placeOrder", excludePaths: "/pets/*", excludeOperations: "createPet"));

        Assert.Equal(new[] { "listPets", "placeOrder" }, OperationIds(model));
    }

    [Fact]
    public void Excludes_alone_remove_from_every_operation()
    {
        var model = Read(Selection(excludeTags: "admin", excludePaths: "/pets/**"));

        Assert.Equal(new[] { "placeOrder" }, OperationIds(model));
    }

    [Fact]
    public void Only_the_schemas_the_kept_operations_reach_are_generated()
    {
        var model = Read(Selection(includeOperations: "placeOrder"));

        // Through properties, allOf, array items, a discriminator mapping; not through the operations left out.
        Assert.Equal(new[] { "Card", "Category", "Order", "Pet", "PetBase", "Tag" }, ObjectNames(model).Where(name => !name.Contains("Payment")).OrderBy(x => x));
        Assert.Empty(EnumNames(model));
    }

    [Fact]
    public void Schemas_are_reached_through_parameters_bodies_responses_and_additional_properties()
    {
        var photo = Read(Selection(includeOperations: "getPhoto"));
        Assert.Equal(new[] { "Photo", "PhotoMeta" }, ObjectNames(photo).OrderBy(x => x));

        var create = Read(Selection(includeOperations: "createPet"));
        Assert.Contains("NewPet", ObjectNames(create));
        Assert.Contains("PetStatus", EnumNames(create));

        var audit = Read(Selection(includePaths: "/admin/**"));
        Assert.Equal(new[] { "AuditEntry" }, ObjectNames(audit));
        Assert.Equal(new[] { "AuditStatus" }, EnumNames(audit));
    }

    [Fact]
    public void A_schema_used_only_by_an_excluded_operation_is_not_generated_and_a_shared_one_stays()
    {
        var model = Read(Selection(excludeOperations: "listAudit;getPhoto"));

        Assert.DoesNotContain("AuditEntry", ObjectNames(model));
        Assert.DoesNotContain("AuditStatus", EnumNames(model));
        Assert.DoesNotContain("Photo", ObjectNames(model));
        Assert.DoesNotContain("Unused", ObjectNames(model));
        Assert.Contains("Pet", ObjectNames(model));
        Assert.Contains("PetStatus", EnumNames(model));
    }

    [Fact]
    public void Credentials_follow_the_kept_operations()
    {
        Assert.Equal(new[] { "apiKey" }, Read(Selection(includeTags: "pets")).SecuritySchemes.Select(scheme => scheme.Key));
        // The document's requirement stays a setting, as the spec asks for it, even where the kept operations override it.
        Assert.Equal(new[] { "adminToken", "apiKey" }, Read(Selection(includeOperations: "listAudit")).SecuritySchemes.Select(scheme => scheme.Key).OrderBy(key => key));
    }

    [Fact]
    public void Each_entry_that_matches_no_operation_is_reported_once_with_a_likely_spelling()
    {
        var result = SpecReader.Read(Input(Selection(includeTags: "pest;pets", excludePaths: "/nowhere/**", includeOperations: "GetPet")), default);

        var unmatched = result.Diagnostics.Where(d => d.DescriptorId == "CGEN021").Select(d => string.Join(" | ", d.MessageArguments)).ToList();
        Assert.Equal(new[]
        {
            "The tag 'pest' in IncludeTags | the selection is applied as written (did you mean 'pets'?)",
            "The operationId 'GetPet' in IncludeOperations | the selection is applied as written (did you mean 'getPet'?)",
            "The path pattern '/nowhere/**' in ExcludePaths | the selection is applied as written",
        }, unmatched);
        Assert.All(result.Diagnostics.Where(d => d.DescriptorId == "CGEN021"), d => Assert.Equal(SelectionSpec.Path, d.FilePath));
    }

    [Fact]
    public void Selecting_nothing_but_matching_entries_reports_nothing()
    {
        var result = SpecReader.Read(Input(Selection(includeTags: "pets", excludeOperations: "getPet")), default);

        Assert.DoesNotContain(result.Diagnostics, d => d.DescriptorId == "CGEN021");
    }

    internal static OperationSelection Selection(
        string? includeTags = null, string? excludeTags = null, string? includePaths = null, string? excludePaths = null,
        string? includeOperations = null, string? excludeOperations = null) => new(
        OperationSelection.ParseList(includeTags), OperationSelection.ParseList(excludeTags),
        OperationSelection.ParseList(includePaths), OperationSelection.ParseList(excludePaths),
        OperationSelection.ParseList(includeOperations), OperationSelection.ParseList(excludeOperations));

    private static SpecInput Input(OperationSelection selection) =>
        new(SelectionSpec.Path, SelectionSpec.Text, "Store", null, null) { Selection = selection };

    private static ApiModel Read(OperationSelection selection)
    {
        var result = SpecReader.Read(Input(selection), default);
        Assert.DoesNotContain(result.Diagnostics, d => d.DescriptorId is "CGEN002" or "CGEN003" or "CGEN099");
        return result.Model!;
    }

    private static string[] OperationIds(ApiModel model) =>
        model.Operations.Select(operation => AllOperations.Single(id => string.Equals(id, operation.Name, StringComparison.OrdinalIgnoreCase))).OrderBy(x => x).ToArray();

    private static string[] ObjectNames(ApiModel model) => model.Objects.Select(o => o.Name).ToArray();

    private static string[] EnumNames(ApiModel model) => model.Enums.Select(e => e.Name).ToArray();
}
