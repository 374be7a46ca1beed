using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace CodeGen.Tests.Infrastructure;

/// <summary>A node of an OpenAPI file, with the file it is in and its JSON pointer there (for relative $refs and messages).</summary>
internal sealed record SpecNode(JsonNode Node, string File, string Pointer)
{
    /// <summary>Where the node is, e.g. <c>highlevel.yaml#/components/schemas/CreateTaskParams</c>.</summary>
    public string Where => Path.GetFileName(File) + Pointer;

    /// <summary>The member <paramref name="key"/> of an object, or the item at that index of an array (JSON pointer rules).</summary>
    public SpecNode? this[string key] => Node switch
    {
        JsonObject obj when obj[key] is { } child => new SpecNode(child, File, Pointer + "/" + Escape(key)),
        JsonArray array when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < array.Count && array[i] is { } item => new SpecNode(item, File, $"{Pointer}/{i}"),
        _ => null,
    };

    public string? String(string key) => (Node as JsonObject)?[key] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    public bool Bool(string key) => (Node as JsonObject)?[key] is JsonValue value && value.TryGetValue(out bool flag) && flag;

    /// <summary>The member names, if this is an object.</summary>
    public IReadOnlyList<string> Keys() => Node is JsonObject obj ? obj.Select(member => member.Key).ToList() : [];

    /// <summary>The items of the array under <paramref name="key"/> as JSON text, e.g. <c>"hourly"</c> (none if absent).</summary>
    public IReadOnlyList<string> Values(string key) =>
        this[key]?.Node is JsonArray array ? array.Select(item => item?.ToJsonString() ?? "null").ToList() : [];

    /// <summary>The items of the array under <paramref name="key"/>, each as a node (null if absent).</summary>
    public IReadOnlyList<SpecNode>? Items(string key) =>
        this[key] is { Node: JsonArray array } list
            ? Enumerable.Range(0, array.Count).Select(i => list[i.ToString(CultureInfo.InvariantCulture)]).OfType<SpecNode>().ToList()
            : null;

    private static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}

/// <summary>
/// OpenAPI files (JSON, or YAML via <see cref="YamlToJson"/>), each read once, whose <c>$ref</c>s resolve within a file
/// (<c>#/components/...</c>) and into files beside it (<c>../common/common-schemas.json#/components/...</c>).
/// Not thread-safe: use one instance per test.
/// </summary>
internal sealed class OpenApiFiles
{
    private const int MaxHops = 32;
    private readonly Dictionary<string, JsonNode> roots = new(StringComparer.Ordinal);

    public SpecNode Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!roots.TryGetValue(fullPath, out var root))
        {
            var text = File.ReadAllText(fullPath);
            root = (fullPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? JsonNode.Parse(text) : YamlToJson.Convert(text))
                ?? throw new InvalidDataException($"{fullPath} is empty.");
            roots.Add(fullPath, root);
        }

        return new SpecNode(root, fullPath, "#");
    }

    /// <summary>
    /// Follows <c>$ref</c>s and unwraps single-element <c>allOf</c> wrappers (<c>allOf: [{$ref}]</c> beside a description)
    /// until reaching a node that is neither.
    /// </summary>
    public SpecNode Resolve(SpecNode node)
    {
        for (var hop = 0; hop < MaxHops; hop++)
        {
            if (node.String("$ref") is { } reference)
            {
                node = Follow(node, reference);
            }
            else if (node.Items("allOf") is [var only] && node["properties"] is null && node["type"] is null)
            {
                node = only;
            }
            else
            {
                return node;
            }
        }

        throw new InvalidDataException($"More than {MaxHops} $ref/allOf hops from {node.Where}: a cycle?");
    }

    private SpecNode Follow(SpecNode from, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var filePart = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? "" : reference[(hash + 1)..];
        var target = filePart.Length == 0 ? Load(from.File) : Load(Path.Combine(Path.GetDirectoryName(from.File)!, filePart));
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            var key = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            target = target[key] ?? throw new InvalidDataException($"$ref '{reference}' at {from.Where} does not resolve.");
        }

        return target;
    }
}
