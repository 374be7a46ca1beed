using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Parsing;
using CodeGen.Parsing.Nodes;
using CodeGen.Tests.Infrastructure;
using Xunit;
using YamlDotNet.Core;

namespace CodeGen.Tests.Parsing;

/// <summary>The limits on depth and aliases hold at exactly their values, and every real-world document is within them.</summary>
public sealed class LimitedParserTests
{
    private static readonly int Limit = DocumentLimits.MaxDepth;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Nesting_up_to_the_limit_is_read_and_one_level_more_is_refused_where_it_opens(bool json)
    {
        // One object or sequence per line, so level n opens on line n.
        string Nested(int levels) => json
            ? string.Concat(Enumerable.Repeat("{\"a\":\n", levels)) + "1" + new string('}', levels)
            : "a:\n" + string.Concat(Enumerable.Range(1, levels - 1).Select(i => new string(' ', i) + "- " + "\n")) + new string(' ', levels) + "1\n";

        var loaded = Load(Nested(Limit), json);
        var refused = Assert.Throws<RejectedDocumentException>(() => Load(Nested(Limit + 1), json));

        Assert.NotNull(loaded);
        Assert.Equal("CGEN012", refused.Descriptor.Id);
        Assert.Equal(Limit + 1, refused.Start.Line);
    }

    [Fact]
    public void A_fast_json_reader_over_a_deep_document_is_refused_at_the_same_event_as_YamlDotNet()
    {
        var text = string.Concat(Enumerable.Repeat("[", 20_000)) + new string(']', 20_000);

        var fromJson = Assert.Throws<RejectedDocumentException>(() => Drain(new LimitedParser(new JsonEventParser("{\"a\": " + text + "}"))));
        var fromYaml = Assert.Throws<RejectedDocumentException>(() => Drain(new LimitedParser(new Parser(new StringReader("{\"a\": " + text + "}")))));

        Assert.Equal("CGEN012", fromJson.Descriptor.Id);
        Assert.Equal(fromYaml.Start, fromJson.Start);
        // '{"a": ' takes columns 1 to 6, so the k-th '[' is on column 6 + k and level k + 1.
        Assert.Equal(Limit + 6, fromJson.Start.Column);
    }

    [Fact]
    public void Aliases_that_nest_deeper_than_the_limit_when_expanded_are_refused_at_the_alias()
    {
        // Each anchor wraps the one before in one more sequence: flat as written, two past the limit once expanded.
        var lines = new List<string> { "- &l0 [1]" };
        lines.AddRange(Enumerable.Range(1, DocumentLimits.MaxDepth + 2).Select(i => $"- &l{i} [*l{i - 1}]"));

        var refused = Assert.Throws<RejectedDocumentException>(() => Load(string.Join("\n", lines), json: false));

        Assert.Equal("CGEN012", refused.Descriptor.Id);
        // l(L-2) expands to L-1 sequences inside one another; '*l(L-2)' sits 2 deep (the root and l(L-1), on line L): L+1.
        Assert.Equal(DocumentLimits.MaxDepth, refused.Start.Line);
    }

    [Fact]
    public void The_alias_past_the_maximum_count_is_refused()
    {
        var text = "- &one 1\n" + string.Concat(Enumerable.Repeat("- *one\n", DocumentLimits.MaxAliases + 1));

        var refused = Assert.Throws<RejectedDocumentException>(() => Load(text, json: false));

        Assert.Equal("CGEN013", refused.Descriptor.Id);
        Assert.Equal(DocumentLimits.MaxAliases + 2, refused.Start.Line);
        Assert.Contains("more than 10,000 aliases", refused.Argument);
    }

    [Fact]
    public void Aliases_up_to_the_limits_are_read_and_refer_to_the_latest_anchor_of_their_name()
    {
        var text = "- &a [1, 2]\n- &a [3]\n- *a\n" + string.Concat(Enumerable.Repeat("- *a\n", DocumentLimits.MaxAliases - 1));

        var root = (YamlSequenceNode)Load(text, json: false)!;

        Assert.Equal(DocumentLimits.MaxAliases + 2, root.Children.Count);
        Assert.Same(root.Children[1], root.Children[^1]);
    }

    public static TheoryData<string> RealWorldDocuments => new(
        Directory.EnumerateFiles(Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs"))
            .Concat(Directory.EnumerateFiles(RepoPaths.Corpus, "*.json", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(RepoPaths.Specs, "*.yaml"))
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path)));

    [Theory]
    [MemberData(nameof(RealWorldDocuments))]
    public void Real_world_documents_are_within_the_limits(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath));

        Drain(new LimitedParser(JsonEventParser.StartsLikeJson(text) ? new JsonEventParser(text) : new Parser(new StringReader(text))));
    }

    private static YamlNode? Load(string text, bool json) =>
        NodeLoader.LoadFirstRoot(new LimitedParser(json ? new JsonEventParser(text) : new Parser(new StringReader(text))));

    private static void Drain(IParser parser)
    {
        while (parser.MoveNext())
        {
        }
    }
}
