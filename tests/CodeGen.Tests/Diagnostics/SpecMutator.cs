using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace CodeGen.Tests.Diagnostics;

/// <summary>Makes broken variants of a spec: text damage (truncation, random bytes, lost lines) and tree damage
/// (deleted keys, values of the wrong kind, broken and circular references).</summary>
internal sealed class SpecMutator(Random random)
{
    public (string Description, string Text) Mutate(string text)
    {
        return random.Next(8) switch
        {
            0 => Truncate(text),
            1 => InsertRandomBytes(text),
            2 => DeleteLine(text),
            3 => SwapLines(text),
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

    private (string, string) MutateTree(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception)
        {
            return Truncate(text);
        }

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
