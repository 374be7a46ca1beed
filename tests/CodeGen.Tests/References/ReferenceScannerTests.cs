using CodeGen.Parsing;
using Xunit;

namespace CodeGen.Tests.References;

/// <summary>The files a document's <c>$ref</c>s name, found from parser events, and the paths they resolve to.</summary>
public sealed class ReferenceScannerTests
{
    [Fact]
    public void Every_spelling_of_a_reference_to_a_file_is_found_and_local_ones_and_urls_are_not()
    {
        const string Yaml = """
            a: { $ref: 'one.yaml#/A' }
            b:
              "$ref": two%20parts.json
            c: [ { $ref: '#/local' }, { $ref: 'https://example.com/x.json' } ]
            d: { $ref: one.yaml }
            """;

        Assert.Equal(new[] { "one.yaml", "two parts.json" }, ReferenceScanner.ReferencedFiles(Yaml, default));
        Assert.Equal(new[] { "../c/x.json" }, ReferenceScanner.ReferencedFiles("""{ "s": { "$ref": "..\/c\/x.json#\/A" }, "$refx": "no.json" }""", default));
    }

    [Theory]
    [InlineData("{ \"a\": { \"$ref\": \"#/components/schemas/A\" }, \"b\": { \"$ref\" : \"#/B\" } }")]
    [InlineData("a: { $ref: '#/A' }\nb:\n  \"$ref\":   \"#/B\"\nc: { '$ref': '#/C' }")]
    [InlineData("no references at all")]
    [InlineData("{ \"properties\": { \"$ref\": { \"type\": \"string\" } }, \"example\": { \"$ref\": \"https://api.example.com/Users/1\" } }")]
    [InlineData("a: { $ref: 'HTTP://example.com/x.json' }\nb:\n  properties:\n    $ref: {type: string}")]
    public void A_document_whose_references_all_stay_inside_it_is_not_parsed_for_files(string text)
    {
        Assert.True(ReferenceScanner.EveryReferenceIsLocal(text));
        Assert.Empty(ReferenceScanner.ReferencedFiles(text, default));
    }

    [Theory]
    [InlineData("a:\n  $ref:\n    other.yaml\nb: { $ref: '#/B' }", "other.yaml")]
    [InlineData("a: &x '#/A'\nb: { $ref: *x }", null)]
    [InlineData("a: { $ref: !!str other.yaml }", "other.yaml")]
    [InlineData("description: use $ref for links\nb: { $ref: '#/B' }", null)]
    [InlineData("a: { $ref: '{x}.yaml' }", "{x}.yaml")]
    [InlineData("a: { $ref: httpdocs/a.yaml }", "httpdocs/a.yaml")]
    [InlineData("a:\n  $ref:", null)]
    public void Any_other_spelling_of_a_reference_is_left_to_the_parser(string text, string? file)
    {
        Assert.False(ReferenceScanner.EveryReferenceIsLocal(text));
        Assert.Equal(file is null ? [] : new[] { file }, ReferenceScanner.ReferencedFiles(text, default));
    }

    [Theory]
    [InlineData("/p/specs/apps/a.json", "../common/c.json", "/p/specs/common/c.json")]
    [InlineData("/p/specs/a.yaml", "./schemas/./b.yaml", "/p/specs/schemas/b.yaml")]
    [InlineData(@"C:\p\specs\a.yaml", @"..\common\c.json", "C:/p/common/c.json")]
    public void A_relative_path_resolves_from_the_folder_of_the_file_that_names_it(string from, string relative, string expected) =>
        Assert.Equal(expected, SpecPaths.Resolve(from, relative));

    [Fact]
    public void A_path_is_shown_relative_to_a_folder() =>
        Assert.Equal("../common/c.json", SpecPaths.Relative("/p/specs/apps", "/p/specs/common/c.json"));
}
