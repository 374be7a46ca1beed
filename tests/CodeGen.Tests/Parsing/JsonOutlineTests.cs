using System;
using System.IO;
using System.Linq;
using CodeGen.Parsing;
using CodeGen.Parsing.Nodes;
using CodeGen.Tests.Infrastructure;
using Xunit;
using YamlDotNet.Core;
using Yaml = YamlDotNet.RepresentationModel;

namespace CodeGen.Tests.Parsing;

/// <summary>
/// JSON documents are checked in one pass and their collections built as they are read: the nodes are those
/// YamlDotNet loads from the same text, what is declined is what the event reader declines, and what is never read
/// is never built.
/// </summary>
public sealed class JsonOutlineTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> JsonSpecs => new(
        Directory.EnumerateFiles(Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs"), "*.json")
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path)));

    [Theory]
    [MemberData(nameof(JsonSpecs))]
    public void A_json_spec_builds_the_nodes_YamlDotNet_loads(string relativePath) =>
        AssertLoadsAsYamlDotNet(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)));

    [Theory]
    [MemberData(nameof(JsonEventParserTests.StrictJson), MemberType = typeof(JsonEventParserTests))]
    public void Strict_json_builds_the_nodes_YamlDotNet_loads(string json) => AssertLoadsAsYamlDotNet(json);

    [Theory]
    [InlineData("{a: 1}")]
    [InlineData("""{"a": 1,}""")]
    [InlineData("""{"a": [1, 2,]}""")]
    [InlineData("""{"a": [,1]}""")]
    [InlineData("""{"a": 01}""")]
    [InlineData("""{"a": tru}""")]
    [InlineData("""{"a": "\ud83d\ude00"}""")]
    [InlineData("{\"a\": \"tab\there\"}")]
    [InlineData("{\"a\": \"line\u2028separator\"}")]
    [InlineData("""{"a": "\x"}""")]
    [InlineData("""{"a": 1} {"b": 2}""")]
    [InlineData("""{"a" 1}""")]
    [InlineData("""{"a": 1""")]
    [InlineData("""{"a": [1""")]
    [InlineData("""{"a": "unterminated}""")]
    [InlineData("""{"a": 'single'}""")]
    [InlineData("""{"a": [1}""")]
    // A key written twice is left to YamlDotNet, which reports it: in a small object, a large one, and when escaped.
    [InlineData("""{"a": 1, "a": 2}""")]
    [InlineData("""{"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k3": 11}""")]
    [InlineData("""{"a": {"ab": 1, "a\u0062": 2}}""")]
    public void Declines_what_is_not_strict_json(string text)
    {
        Assert.Throws<NotStrictJsonException>(() => Drain(new JsonEventParser(text)) + Duplicates(text));
        Assert.Throws<NotStrictJsonException>(() => JsonOutline.Load(text));
    }

    [Fact]
    public void Keys_made_to_share_a_hash_are_left_to_YamlDotNet()
    {
        // Keys whose FNV-1a hashes agree in their low 10 bits fill one run of the outline's key table.
        var keys = Enumerable.Range(0, 1_000_000).Select(i => "k" + i).Where(key => (Fnv1a(key) & 1023) == 7).Take(100).ToList();
        var json = "{" + string.Join(", ", keys.Select((key, i) => $"\"{key}\": {i}")) + "}";

        Assert.Throws<NotStrictJsonException>(() => JsonOutline.Load(json));
        var root = Assert.IsType<YamlMappingNode>(SpecReader.LoadYaml(json, new DiagnosticBag("spec.json"), requireMapping: true));
        Assert.Equal(100, root.Children.Count);
        // Keys that merely share a hash now and then are read as usual.
        Assert.Equal(100, ((YamlMappingNode)JsonOutline.Load("{" + string.Join(", ", Enumerable.Range(0, 100).Select(i => $"\"k{i}\": {i}")) + "}")).Children.Count);
    }

    private static int Fnv1a(string text)
    {
        var hash = unchecked((int)2166136261);
        foreach (var c in text) hash = unchecked((hash ^ c) * 16777619);
        return hash & int.MaxValue;
    }

    [Fact]
    public void A_deep_document_is_refused_where_the_event_reader_refuses_it_without_recursing()
    {
        var text = "{\"a\": " + new string('[', 100_000) + new string(']', 100_000) + "}";
        RejectedDocumentException? fromOutline = null;
        var thread = new System.Threading.Thread(() => fromOutline = Assert.Throws<RejectedDocumentException>(() => JsonOutline.Load(text)), maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        var fromEvents = Assert.Throws<RejectedDocumentException>(() => Drain(new LimitedParser(new JsonEventParser(text))));
        Assert.NotNull(fromOutline);
        Assert.Equal("CGEN012", fromOutline!.Descriptor.Id);
        Assert.Equal(fromEvents.Start, fromOutline.Start);
    }

    [Fact]
    public void Only_the_collections_that_are_read_are_built()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs", "github-api.github.com.json"));

        var root = (YamlMappingNode)JsonOutline.Load(text);
        Assert.False(root.IsBuilt);

        var paths = Assert.IsType<YamlMappingNode>(root.Get("paths"));
        var components = Assert.IsType<YamlMappingNode>(root.Get("components"));
        Assert.True(root.IsBuilt);
        Assert.False(paths.IsBuilt);
        Assert.False(components.IsBuilt);

        var issue = Assert.IsType<YamlMappingNode>(paths.Get("/repos/{owner}/{repo}/issues/{issue_number}"));
        Assert.True(paths.IsBuilt);
        Assert.False(issue.IsBuilt);
        Assert.Equal("issues/get", ((YamlMappingNode)issue.Get("get")!).GetString("operationId"));
        Assert.All(paths.Children.Where(path => path.Value != issue), path => Assert.False(((YamlMappingNode)path.Value).IsBuilt));
    }

    [Fact]
    public void A_released_mapping_is_built_again_as_it_was_when_read_again()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs", "github-api.github.com.json"));
        var root = (YamlMappingNode)JsonOutline.Load(text);
        var schemas = root.GetMapping("components")!.GetMapping("schemas")!;
        var issue = schemas.GetMapping("issue")!;
        var before = Outcome(() => issue);
        var firstProperties = issue.GetMapping("properties")!;
        var labels = firstProperties.GetMapping("labels")!.GetMapping("items")!.GetSequence("oneOf")!;

        issue.Release();

        // Nodes kept elsewhere keep no subtree alive: every collection under the mapping lets go of its children.
        Assert.False(issue.IsBuilt);
        Assert.False(firstProperties.IsBuilt);
        Assert.False(labels.IsBuilt);
        Assert.Equal(before, Outcome(() => issue));
        Assert.True(issue.IsBuilt);
        Assert.NotSame(firstProperties, issue.Get("properties"));
        Assert.Equal(2, labels.Children.Count);
        // Its neighbours and the mapping that holds it are left as they were.
        Assert.True(schemas.IsBuilt);
        Assert.Same(issue, schemas.Get("issue"));
    }

    [Fact]
    public void A_changed_or_yaml_mapping_keeps_its_entries_when_released()
    {
        var json = (YamlMappingNode)JsonOutline.Load("""{"a": {"b": 1}, "c": {"d": 2}}""");
        var changed = json.GetMapping("a")!;
        changed.Add("added", new YamlScalarNode("3"));
        var removedFrom = json.GetMapping("c")!;
        removedFrom.Remove(new YamlScalarNode("d"));
        var yaml = (YamlMappingNode)NodeLoader.LoadFirstRoot(new Parser(new StringReader("a:\n  b: 1\n")))!;

        changed.Release();
        removedFrom.Release();
        yaml.Release();

        Assert.Equal("3", changed.GetString("added"));
        Assert.Null(removedFrom.Get("d"));
        Assert.Equal("1", Assert.Single(yaml.Children).Value is YamlMappingNode inner ? inner.GetString("b") : null);
    }

    [Fact]
    public void Mutated_json_is_read_as_the_event_reader_reads_it()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CODEGEN_FUZZ_SEED"), out var s) ? s : 20261129;
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("CODEGEN_FUZZ_ITERATIONS"), out var n) ? n : 2000;
        var random = new Random(seed);
        var originals = new[] { "common/common-schemas.json", "apps/oauth.json", "apps/medias.json" }
            .Select(file => File.ReadAllText(Path.Combine(RepoPaths.TestsProject, "Corpus", "highlevel", file)))
            .Append("""{"a": [1, -2.5e+3, {"b": "\u00e9\n"}, [], {}], "c": {"d": null, "e": true}}""")
            .ToArray();

        var outcomes = new System.Collections.Generic.Dictionary<string, int>();
        for (var i = 0; i < iterations; i++)
        {
            var text = JsonMutations.Apply(originals[random.Next(originals.Length)], random);
            var expected = Outcome(() => NodeLoader.LoadFirstRoot(new LimitedParser(new JsonEventParser(text)))!);
            var actual = Outcome(() => JsonOutline.Load(text));
            Assert.True(expected == actual, $"variant {i} (CODEGEN_FUZZ_SEED={seed}): the event reader gives {Clip(expected)}, the outline {Clip(actual)}");
            var kind = expected.StartsWith("refused", StringComparison.Ordinal) ? "refused" : expected == "declined" ? "declined" : "read";
            outcomes[kind] = outcomes.TryGetValue(kind, out var count) ? count + 1 : 1;
        }

        output.WriteLine($"seed {seed}: {iterations} variants, " + string.Join(", ", outcomes.Select(pair => $"{pair.Value} {pair.Key}")));
    }

    private static string Clip(string outcome) => outcome.Length > 2_000 ? outcome.Substring(0, 2_000) + "…" : outcome;

    /// <summary>What reading gives, as text: declined, refused where, or every node with its value, style and position.</summary>
    private static string Outcome(Func<YamlNode> read)
    {
        YamlNode root;
        try
        {
            root = read();
        }
        catch (Exception exception) when (exception is NotStrictJsonException or YamlException)
        {
            // The event reader passes a key written twice on, and building its nodes refuses it (a YamlException).
            return "declined";
        }
        catch (RejectedDocumentException exception)
        {
            return $"refused ({exception.Descriptor.Id}) at {exception.Start}";
        }

        var text = new System.Text.StringBuilder();
        var pending = new System.Collections.Generic.Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            text.Append(node.GetType().Name).Append(' ').Append(node.Start).Append(' ').Append(node.End).Append(' ').Append(node.Tag);
            switch (node)
            {
                case YamlScalarNode scalar:
                    text.Append(' ').Append(scalar.Style).Append(" '").Append(scalar.Value).Append('\'');
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children.Reverse()) pending.Push(item);
                    break;
                case YamlMappingNode mapping:
                    foreach (var entry in mapping.Children.Reverse())
                    {
                        pending.Push(entry.Value);
                        pending.Push(entry.Key);
                    }

                    break;
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static void AssertLoadsAsYamlDotNet(string json)
    {
        var theirs = new Yaml.YamlStream();
        theirs.Load(new StringReader(json));

        NodeLoaderTests.AssertSame(theirs.Documents[0].RootNode, JsonOutline.Load(json));
    }

    private static int Drain(IParser parser)
    {
        var events = 0;
        while (parser.MoveNext()) events++;
        return events;
    }

    /// <summary>The event reader passes a key written twice on; building the nodes refuses it.</summary>
    private static int Duplicates(string text)
    {
        try
        {
            NodeLoader.LoadFirstRoot(new JsonEventParser(text));
            return 0;
        }
        catch (YamlException)
        {
            throw new NotStrictJsonException();
        }
    }
}
