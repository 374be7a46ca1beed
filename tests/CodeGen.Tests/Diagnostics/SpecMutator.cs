using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace CodeGen.Tests.Diagnostics;

/// <summary>Makes broken and hostile variants of a spec: text damage (truncation, random bytes, lost lines), tree damage
/// (deleted keys, values of the wrong kind, broken and circular references), and what an attacker would try: line
/// ends and control characters in text, deep nesting, YAML alias bombs and very long names.</summary>
internal sealed class SpecMutator(Random random)
{
    public (string Description, string Text) Mutate(string text)
    {
        return random.Next(12) switch
        {
            0 => Truncate(text),
            1 => InsertRandomBytes(text),
            2 => DeleteLine(text),
            3 => SwapLines(text),
            8 => Hostile(text, InjectLineEnds),
            9 => Hostile(text, NestDeeply),
            10 => AppendExpansion(text),
            11 => Hostile(text, LengthenName),
            _ => MutateTree(text),
        };
    }

    private (string, string) Truncate(string text)
    {
        var at = random.Next(text.Length);
        return ($"truncated at {at}", text[..at]);
    }

    private (string, string) InsertRandomBytes(string text)
    {
        var at = random.Next(text.Length);
        var noise = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next(0, 0x250)).ToArray());
        return ($"noise at {at}", text[..at] + noise + text[at..]);
    }

    private (string, string) DeleteLine(string text)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        lines.RemoveAt(at);
        return ($"deleted line {at + 1}", string.Join('\n', lines));
    }

    private (string, string) SwapLines(string text)
    {
        var lines = text.Split('\n');
        int a = random.Next(lines.Length), b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return ($"swapped lines {a + 1} and {b + 1}", string.Join('\n', lines));
    }

    /// <summary>The characters C# ends a line with, and others a terminal or the compiler treats specially.</summary>
    private static readonly string[] HostileCharacters = { "\u2028", "\u2029", "\u0085", "\r", "\n", "\u001b[2J", "\u202e", "\u0000", "\t" };

    /// <summary>Code that would run in the consuming program if a line end let it out of a comment.</summary>
    public const string InjectedTypeName = "Pwn";

    private const string InjectedCode = "}} internal static class " + InjectedTypeName + " { } /*";

    /// <summary>A random scalar (a description, a name, an enum value, a key) gains a line end followed by code.</summary>
    private string InjectLineEnds(YamlMappingNode root, List<YamlMappingNode> mappings)
    {
        var scalars = new List<YamlScalarNode>();
        foreach (var mapping in mappings)
        {
            foreach (var pair in mapping.Children)
            {
                if (pair.Value is YamlScalarNode value) scalars.Add(value);
            }
        }

        if (scalars.Count == 0) return "nothing to inject into";
        var target = scalars[random.Next(scalars.Count)];
        var hostile = HostileCharacters[random.Next(HostileCharacters.Length)];
        target.Value = (target.Value ?? "") + hostile + InjectedCode + hostile + "// rest";
        target.Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted;
        return $"injected {Escape(hostile)} and code into a scalar at line {target.Start.Line}";
    }

    /// <summary>A random mapping's value is wrapped in arrays or objects many levels deep.</summary>
    private string NestDeeply(YamlMappingNode root, List<YamlMappingNode> mappings)
    {
        var target = mappings[random.Next(mappings.Count)];
        if (target.Children.Count == 0) return "nothing to nest";
        var key = target.Children.Keys.ElementAt(random.Next(target.Children.Count));
        var depth = random.Next(2) == 0 ? random.Next(2, 40) : random.Next(40, 400);
        var useArrays = random.Next(2) == 0;
        var node = target.Children[key];
        for (var i = 0; i < depth; i++)
        {
            node = useArrays
                ? new YamlMappingNode(new YamlScalarNode("type"), new YamlScalarNode("array"), new YamlScalarNode("items"), node)
                : new YamlMappingNode(new YamlScalarNode("type"), new YamlScalarNode("object"), new YamlScalarNode("properties"),
                    new YamlMappingNode(new YamlScalarNode("p"), node));
        }

        target.Children[key] = node;
        return $"nested {key} {depth} {(useArrays ? "arrays" : "objects")} deep";
    }

    /// <summary>A random key (a schema, property or parameter name) becomes thousands of characters long.</summary>
    private string LengthenName(YamlMappingNode root, List<YamlMappingNode> mappings)
    {
        var target = mappings[random.Next(mappings.Count)];
        if (target.Children.Count == 0) return "nothing to lengthen";
        var key = target.Children.Keys.ElementAt(random.Next(target.Children.Count));
        var value = target.Children[key];
        target.Children.Remove(key);
        var name = string.Concat(Enumerable.Repeat(((YamlScalarNode)key).Value ?? "n", random.Next(50, 2000)));
        target.Children[new YamlScalarNode(name)] = value;
        return $"lengthened the key {key} to {name.Length} characters";
    }

    /// <summary>
    /// A top-level extension is appended that expands enormously: nested aliases (a "billion laughs") or flow
    /// mappings nested thousands deep. Readers must stop both with a diagnostic.
    /// </summary>
    private (string, string) AppendExpansion(string text)
    {
        var builder = new System.Text.StringBuilder(text.TrimEnd('\n')).Append('\n');
        if (random.Next(2) == 0)
        {
            var levels = random.Next(2, 8);
            var width = random.Next(2, 10);
            builder.Append("x-expansion:\n  l0: &l0 [lol, lol, lol]\n");
            for (var level = 1; level < levels; level++)
            {
                builder.Append($"  l{level}: &l{level} [").Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", width))).Append("]\n");
            }

            return ($"appended {levels} levels of {width} aliases", builder.ToString());
        }

        var depth = random.Next(100, 20_000);
        builder.Append("x-deep: ").Append(string.Concat(Enumerable.Repeat("{\"a\": ", depth))).Append('1').Append('}', depth).Append('\n');
        return ($"appended flow mappings {depth} deep", builder.ToString());
    }

    private (string, string) Hostile(string text, Func<YamlMappingNode, List<YamlMappingNode>, string> mutate)
    {
        if (TryLoad(text) is not { } stream) return Truncate(text);

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return Truncate(text);
        var mappings = new List<YamlMappingNode>();
        Collect(root, mappings);
        var description = mutate(root, mappings);
        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return (description, writer.ToString());
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));

    private (string, string) MutateTree(string text)
    {
        if (TryLoad(text) is not { } stream) return Truncate(text);

        var mappings = new List<YamlMappingNode>();
        if (stream.Documents.Count > 0) Collect(stream.Documents[0].RootNode, mappings);
        if (mappings.Count == 0) return Truncate(text);
        var target = mappings[random.Next(mappings.Count)];
        string description;
        if (target.Children.Count == 0)
        {
            target.Add("$ref", "#/components/schemas/Nowhere");
            description = "added a dangling $ref";
        }
        else
        {
            var key = target.Children.Keys.ElementAt(random.Next(target.Children.Count));
            switch (random.Next(5))
            {
                case 0:
                    target.Children.Remove(key);
                    description = $"deleted key {key}";
                    break;
                case 1:
                    target.Children[key] = new YamlSequenceNode(new YamlScalarNode("x"), new YamlMappingNode());
                    description = $"made {key} a sequence";
                    break;
                case 2:
                    target.Children[key] = new YamlScalarNode(random.Next(2) == 0 ? "42" : "");
                    description = $"made {key} a scalar";
                    break;
                case 3:
                    target.Children[key] = new YamlMappingNode(new YamlScalarNode("$ref"), new YamlScalarNode(random.Next(2) == 0 ? "#/components/schemas/Missing" : "#/"));
                    description = $"made {key} a broken $ref";
                    break;
                default:
                    target.Children.Clear();
                    target.Add("$ref", "#/components/schemas/Loop");
                    description = $"made the mapping holding {key} a self-reference";
                    var root = (YamlMappingNode)stream.Documents[0].RootNode;
                    if (root.Children.TryGetValue(new YamlScalarNode("components"), out var components) && components is YamlMappingNode c &&
                        c.Children.TryGetValue(new YamlScalarNode("schemas"), out var schemas) && schemas is YamlMappingNode s)
                    {
                        s.Children[new YamlScalarNode("Loop")] = new YamlMappingNode(new YamlScalarNode("$ref"), new YamlScalarNode("#/components/schemas/Loop"));
                    }

                    break;
            }
        }

        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return (description, writer.ToString());
    }

    /// <summary>
    /// Loads a variant to mutate it further, through the generator's own limits: a variant that is already too deep or
    /// expands too far would overflow this test's stack in YamlDotNet's recursive loader.
    /// </summary>
    private static YamlStream? TryLoad(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new CodeGen.Parsing.LimitedParser(new YamlDotNet.Core.Parser(new StringReader(text))));
            return stream;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static void Collect(YamlNode node, List<YamlMappingNode> mappings)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                mappings.Add(mapping);
                foreach (var child in mapping.Children.Values) Collect(child, mappings);
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children) Collect(child, mappings);
                break;
        }
    }
}
