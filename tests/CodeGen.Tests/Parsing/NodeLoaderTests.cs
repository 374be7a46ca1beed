using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Parsing;
using CodeGen.Parsing.Nodes;
using CodeGen.Tests.Infrastructure;
using Xunit;
using YamlDotNet.Core;
using Yaml = YamlDotNet.RepresentationModel;

namespace CodeGen.Tests.Parsing;

/// <summary>Specs load into our nodes as YamlDotNet's representation model loads them: same values, styles, tags, positions and refusals.</summary>
public sealed class NodeLoaderTests
{
    private const string Header = "openapi: 3.0.0\ninfo: {title: T, version: \"1\"}\n";

    public static TheoryData<string> Documents => new(
        Directory.EnumerateFiles(Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs"))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.TestsProject, "Snapshots", "Features"), "*.yaml"))
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path)));

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_loads_as_YamlDotNet_loads_it(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath));
        var theirs = new Yaml.YamlStream();
        theirs.Load(new LimitedParser(Events(text)));

        var ours = NodeLoader.LoadFirstRoot(new LimitedParser(Events(text)));

        AssertSame(theirs.Documents[0].RootNode, ours!);
    }

    [Theory]
    [InlineData("paths: {}\npaths: {}\n", 4)]
    [InlineData("paths: {}\nx-many:\n  a: 1\n  b: 2\n  c: 3\n  d: 4\n  e: 5\n  f: 6\n  g: 7\n  h: 8\n  i: 9\n  j: 10\n  c: 11\n", 15)]
    // An alias is its anchored node, so the second key is reported where the anchor is, as YamlDotNet reports it.
    [InlineData("paths: {}\nx-alias:\n  &k key: 1\n  *k : 2\n", 5)]
    public void A_key_written_twice_is_refused_where_it_is_written_again(string body, int line)
    {
        var result = SpecReader.Read(new SpecInput("/p/dup.yaml", Header + body, null, null, null), default);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CGEN001", diagnostic.DescriptorId);
        Assert.Equal(line, diagnostic.Line);
        Assert.StartsWith("Duplicate key ", diagnostic.MessageArguments[0]);
        Assert.Null(result.Model);
    }

    [Fact]
    public void A_json_key_written_twice_is_refused_as_in_yaml()
    {
        var json = "{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"T\", \"version\": \"1\"},\n \"paths\": {},\n \"paths\": {}}";

        var result = SpecReader.Read(new SpecInput("/p/dup.json", json, null, null, null), default);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CGEN001", diagnostic.DescriptorId);
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal("Duplicate key paths", diagnostic.MessageArguments[0]);
    }

    [Fact]
    public void An_alias_is_the_node_last_anchored_with_its_name()
    {
        var root = (YamlMappingNode)Load("a: &x {k: 1}\nb: &x [2]\nc: *x\n");

        Assert.Same(root.Get("b"), root.Get("c"));
    }

    [Fact]
    public void A_large_mapping_finds_the_first_entry_of_a_key_and_forgets_removed_ones()
    {
        var mapping = new YamlMappingNode();
        for (var i = 0; i < 20; i++) mapping.Add("k" + i, new YamlScalarNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        mapping.Add("k3", new YamlScalarNode("later"));

        Assert.Equal("3", mapping.GetString("k3"));
        Assert.True(mapping.Remove(mapping.Children[3].Key));
        Assert.Equal("later", mapping.GetString("k3"));
        Assert.Null(mapping.Get("k20"));
    }

    private static IParser Events(string text) =>
        JsonEventParser.StartsLikeJson(text) ? new JsonEventParser(text) : new Parser(new StringReader(text));

    private static YamlNode Load(string text) => NodeLoader.LoadFirstRoot(new LimitedParser(new Parser(new StringReader(text))))!;

    /// <summary>Walks both trees side by side; a node shared through aliases is compared once.</summary>
    internal static void AssertSame(Yaml.YamlNode theirRoot, YamlNode ourRoot)
    {
        var seen = new HashSet<YamlNode>(SpecDocuments.NodeIdentity.Instance);
        var pending = new Stack<(Yaml.YamlNode Theirs, YamlNode Ours)>();
        pending.Push((theirRoot, ourRoot));
        while (pending.Count > 0)
        {
            var (theirs, ours) = pending.Pop();
            Assert.Equal(theirs.Start, ours.Start);
            Assert.Equal(theirs.End, ours.End);
            Assert.Equal(theirs.Tag, ours.Tag);
            if (!seen.Add(ours)) continue;
            switch (theirs)
            {
                case Yaml.YamlScalarNode scalar:
                    var ourScalar = Assert.IsType<YamlScalarNode>(ours);
                    Assert.Equal(scalar.Value, ourScalar.Value);
                    Assert.Equal(scalar.Style, ourScalar.Style);
                    break;
                case Yaml.YamlSequenceNode sequence:
                    var ourSequence = Assert.IsType<YamlSequenceNode>(ours);
                    Assert.Equal(sequence.Children.Count, ourSequence.Children.Count);
                    for (var i = 0; i < sequence.Children.Count; i++) pending.Push((sequence.Children[i], ourSequence.Children[i]));
                    break;
                case Yaml.YamlMappingNode mapping:
                    var ourMapping = Assert.IsType<YamlMappingNode>(ours);
                    Assert.Equal(mapping.Children.Count, ourMapping.Children.Count);
                    var index = 0;
                    foreach (var entry in mapping.Children)
                    {
                        pending.Push((entry.Key, ourMapping.Children[index].Key));
                        pending.Push((entry.Value, ourMapping.Children[index].Value));
                        index++;
                    }

                    break;
            }
        }
    }
}
