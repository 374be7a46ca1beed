using System.Linq;
using CodeGen.Parsing;
using CodeGen.Parsing.Nodes;
using Xunit;

namespace CodeGen.Tests.Parsing;

/// <summary>Examples rendered for doc comments stay short, whatever the example's shape.</summary>
public sealed class YamlNodesTests
{
    [Fact]
    public void An_example_sharing_millions_of_nodes_renders_short_and_ends_with_an_ellipsis()
    {
        // Seven levels of nine references to the same node, as aliases load: 9⁷ (4.8 million) "lol"s in full.
        YamlNode node = new YamlSequenceNode(Enumerable.Repeat<YamlNode>(new YamlScalarNode("lol"), 9));
        for (var level = 1; level < 7; level++) node = new YamlSequenceNode(Enumerable.Repeat(node, 9));

        var json = YamlNodes.ToJson(node);

        Assert.Equal(DocumentLimits.MaxExampleLength + 1, json.Length);
        Assert.StartsWith("[[[[[[[\"lol\", \"lol\"", json);
        Assert.EndsWith("…", json);
    }

    [Fact]
    public void A_short_example_renders_whole()
    {
        var root = NodeLoader.LoadFirstRoot(new YamlDotNet.Core.Parser(new System.IO.StringReader("{id: 7, tags: [a, 'b'], note: ~}")))!;

        Assert.Equal("{\"id\": 7, \"tags\": [\"a\", \"b\"], \"note\": null}", YamlNodes.ToJson(root));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // The opening quote puts the pair's first half on the last character the limit allows.
        var text = new string('x', DocumentLimits.MaxExampleLength - 2) + "😀tail";

        var json = YamlNodes.ToJson(new YamlScalarNode(text));

        Assert.Equal("\"" + new string('x', DocumentLimits.MaxExampleLength - 2) + "…", json);
    }
}
