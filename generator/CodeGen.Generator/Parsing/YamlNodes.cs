using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CodeGen.Parsing.Nodes;
using YamlDotNet.Core;

namespace CodeGen.Parsing;

/// <summary>Small reading helpers over the loaded nodes.</summary>
internal static class YamlNodes
{
    public static YamlNode? Get(this YamlMappingNode mapping, string key) => mapping.Find(key);

    public static YamlMappingNode? GetMapping(this YamlMappingNode mapping, string key) => mapping.Get(key) as YamlMappingNode;

    public static YamlSequenceNode? GetSequence(this YamlMappingNode mapping, string key) => mapping.Get(key) as YamlSequenceNode;

    public static string? GetString(this YamlMappingNode mapping, string key) =>
        mapping.Get(key) is YamlScalarNode scalar && !IsNull(scalar) ? scalar.Value : null;

    public static bool GetBoolean(this YamlMappingNode mapping, string key) =>
        mapping.Get(key) is YamlScalarNode { Value: { } value } && value is "true" or "True" or "TRUE";

    public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlMappingNode mapping)
    {
        var children = mapping.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var pair = children[i];
            if (pair.Key is YamlScalarNode { Value: { } name }) yield return new KeyValuePair<string, YamlNode>(name, pair.Value);
        }
    }

    /// <summary>A YAML <c>null</c>, <c>~</c> or empty plain scalar.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>True for a plain scalar that YAML reads as a number or boolean rather than a string.</summary>
    public static bool IsPlainNonString(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is { } value &&
        (value is "true" or "false" || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    /// <summary>
    /// Renders a node as compact JSON, for examples in XML docs: at most <see cref="DocumentLimits.MaxExampleLength"/>
    /// characters, cut short with "…", and the walk stops there, however many nodes aliases make the example share.
    /// </summary>
    public static string ToJson(YamlNode node)
    {
        var builder = new StringBuilder();
        WriteJson(node, builder, depth: 0);
        if (builder.Length <= DocumentLimits.MaxExampleLength) return builder.ToString();
        var length = DocumentLimits.MaxExampleLength;
        if (char.IsHighSurrogate(builder[length - 1])) length--;
        return builder.ToString(0, length) + "…";
    }

    private static void WriteJson(YamlNode node, StringBuilder builder, int depth)
    {
        if (builder.Length > DocumentLimits.MaxExampleLength) return;
        if (depth > 32)
        {
            builder.Append("...");
            return;
        }

        switch (node)
        {
            case YamlScalarNode scalar when IsNull(scalar):
                builder.Append("null");
                break;
            case YamlScalarNode scalar when IsPlainNonString(scalar):
                builder.Append(scalar.Value);
                break;
            case YamlScalarNode scalar:
                builder.Append('"').Append((scalar.Value ?? "").Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                break;
            case YamlSequenceNode sequence:
                builder.Append('[');
                var first = true;
                foreach (var item in sequence.Children)
                {
                    if (builder.Length > DocumentLimits.MaxExampleLength) break;
                    if (!first) builder.Append(", ");
                    first = false;
                    WriteJson(item, builder, depth + 1);
                }

                builder.Append(']');
                break;
            case YamlMappingNode mapping:
                builder.Append('{');
                var firstEntry = true;
                foreach (var entry in mapping.Children)
                {
                    if (builder.Length > DocumentLimits.MaxExampleLength) break;
                    if (!firstEntry) builder.Append(", ");
                    firstEntry = false;
                    WriteJson(entry.Key, builder, depth + 1);
                    builder.Append(": ");
                    WriteJson(entry.Value, builder, depth + 1);
                }

                builder.Append('}');
                break;
        }
    }
}
