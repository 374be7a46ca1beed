using System;
using System.Collections.Generic;
using System.IO;
using CodeGen.Parsing;
using CodeGen.Tests.Infrastructure;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeGen.Tests.Parsing;

/// <summary>The fast JSON reader yields exactly YamlDotNet's events for strict JSON, and declines everything else.</summary>
public sealed class JsonEventParserTests
{
    /// <summary>Strict JSON of every shape a reader must get right: literals, numbers, line ends, escapes, empty and nested collections, odd keys.</summary>
    public static TheoryData<string> StrictJson => new(
        """{"a": 1}""",
        "{\r\n  \"a\": [1, -2.5e+3, 0, true, false, null],\r\n  \"b\": {}\r\n}",
        "{\r\"cr\": [\r1,\r\n2\n]\r}",
        """{"empty": [], "nested": [[], {}, [{}]], "deep": {"x": {"y": {"z": "w"}}}, "spaced": [ ], "gap": { }}""",
        """{"escapes": "quote \" backslash \\ slash \/ \b\f\n\r\t \u00e9 \u20AC", "plain": "é €"}""",
        "\n\n  {\"trailing\": \"whitespace\"}  \n\t",
        """{"$ref": "#/components/schemas/X", "key with spaces": "", "": 1, "k\u0031": [{"a": [[1, {"b": 2}], 3]}, 4]}""",
        """{"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": [10], "k11": {"x": 11}}""");

    [Theory]
    [MemberData(nameof(StrictJson))]
    public void Reads_strict_json_as_YamlDotNet_does(string json) => AssertSameEvents(json);

    [Fact]
    public void Reads_a_real_world_json_spec_as_YamlDotNet_does() =>
        AssertSameEvents(File.ReadAllText(Path.Combine(RepoPaths.TestsProject, "RealWorld", "Specs", "github-api.github.com.json")));

    [Fact]
    public void Reads_any_nesting_without_recursing()
    {
        // The depth limit belongs to LimitedParser; this reader keeps its open objects on a heap stack, so even a
        // thread with a 256 KB stack reads a document nested 200,000 deep.
        const int depth = 200_000;
        var json = "{\"a\": " + new string('[', depth) + new string(']', depth) + "}";
        var events = 0;
        Exception? failure = null;
        var thread = new System.Threading.Thread(() =>
        {
            try { events = Drain(new JsonEventParser(json)).Count; }
            catch (Exception exception) { failure = exception; }
        }, maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        Assert.Null(failure);
        // Stream, document, object and key starts; a start and an end per array; the object, document and stream ends.
        Assert.Equal(4 + 2 * depth + 3, events);
    }

    private static void AssertSameEvents(string json)
    {
        var expected = Drain(new Parser(new StringReader(json)));
        var actual = Drain(new JsonEventParser(json));
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Assert.Equal(Describe(expected[i]), Describe(actual[i]));
    }

    private static List<ParsingEvent> Drain(IParser parser)
    {
        var events = new List<ParsingEvent>();
        while (parser.MoveNext()) events.Add(parser.Current!);
        return events;
    }

    private static string Describe(ParsingEvent e)
    {
        var detail = e switch
        {
            Scalar s => $"{s.Value}|{s.Style}|{s.IsKey}|{s.IsPlainImplicit}|{s.IsQuotedImplicit}",
            MappingStart m => $"{m.Style}|{m.IsImplicit}",
            SequenceStart s => $"{s.Style}|{s.IsImplicit}",
            DocumentStart d => $"{d.IsImplicit}",
            DocumentEnd d => $"{d.IsImplicit}",
            _ => "",
        };
        return $"{e.GetType().Name} {detail} {e.Start.Index}:{e.Start.Line}:{e.Start.Column}-{e.End.Index}:{e.End.Line}:{e.End.Column}";
    }
}
