using CodeGen.Parsing;
using Xunit;

namespace CodeGen.Tests.Selection;

public sealed class PathPatternTests
{
    [Theory]
    [InlineData("/repos/{owner}/{repo}/issues", "/repos/{owner}/{repo}/issues", true)]
    [InlineData("/repos/{owner}/{repo}/issues", "/repos/{owner}/{repo}/Issues", false)]
    [InlineData("/repos/*/*/issues", "/repos/{owner}/{repo}/issues", true)]
    [InlineData("/repos/*/issues", "/repos/{owner}/{repo}/issues", false)]
    [InlineData("/repos/{owner}/{repo}/issues/**", "/repos/{owner}/{repo}/issues", true)]
    [InlineData("/repos/{owner}/{repo}/issues/**", "/repos/{owner}/{repo}/issues/{issue_number}/comments", true)]
    [InlineData("/repos/{owner}/{repo}/issues/**", "/repos/{owner}/{repo}/issues-archive", false)]
    [InlineData("/repos/**/comments", "/repos/{owner}/{repo}/issues/{issue_number}/comments", true)]
    [InlineData("/repos/**/comments", "/repos/{owner}/{repo}/issues/{issue_number}/comments/{id}", false)]
    [InlineData("/**", "/", true)]
    [InlineData("**", "/anything/at/all", true)]
    [InlineData("/users/*", "/users", false)]
    [InlineData("/users/*/", "/users/{id}", true)]
    [InlineData("/users/{id}*", "/users/{id}.json", true)]
    [InlineData("/users/*.json", "/users/{id}.json", true)]
    [InlineData("/users/*.json", "/users/{id}.xml", false)]
    [InlineData("/a/**/b/**/c", "/a/x/b/y/z/c", true)]
    [InlineData("/a/**/b/**/c", "/a/x/c", false)]
    public void Matches_segment_by_segment(string pattern, string path, bool expected) =>
        Assert.Equal(expected, PathPattern.Matches(pattern, path));
}
