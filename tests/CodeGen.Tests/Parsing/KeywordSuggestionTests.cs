using CodeGen.Parsing;
using Xunit;

namespace CodeGen.Tests.Parsing;

/// <summary>The keyword a misspelt key was meant to be, and no suggestion where a key is a name of its own.</summary>
public sealed class KeywordSuggestionTests
{
    [Theory]
    [InlineData("requried", "required")]
    [InlineData("propeties", "properties")]
    [InlineData("Required", "required")]
    [InlineData("readonly", "readOnly")]
    [InlineData("additonalProperties", "additionalProperties")]
    [InlineData("minLenght", "minLength")]
    [InlineData("nulable", "nullable")]
    [InlineData("tpye", "type")]
    [InlineData("$refs", "$ref")]
    [InlineData("ref", "$ref")]
    public void A_near_miss_suggests_the_keyword(string key, string expected)
    {
        Assert.Equal(expected, KeywordSuggestion.NearestKeyword(key, Keywords.Schema.All));
    }

    [Theory]
    [InlineData("myAnnotation")]
    [InlineData("swagger-extension")]
    [InlineData("it")]
    [InlineData("units")]
    public void A_key_far_from_every_keyword_suggests_nothing(string key)
    {
        Assert.Null(KeywordSuggestion.NearestKeyword(key, Keywords.Schema.All));
    }

    [Theory]
    [InlineData("required", "required", 0)]
    [InlineData("requried", "required", 1)]
    [InlineData("REQUIRED", "required", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, KeywordSuggestion.Distance(a, b));
        Assert.Equal(expected, KeywordSuggestion.Distance(b, a));
    }

    [Fact]
    public void A_huge_key_is_not_compared_at_all()
    {
        Assert.Null(KeywordSuggestion.NearestKeyword(new string('a', 1_000_000), Keywords.Schema.All));
    }
}
