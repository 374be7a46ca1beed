using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>RFC 6901 JSON pointers over a YAML document, for local <c>$ref</c>s.</summary>
internal static class JsonPointer
{
    /// <summary>Where the spec's component schemas are, as a local <c>$ref</c> and every schema path spells it.</summary>
    public const string ComponentSchemas = "#/components/schemas/";

    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    public static string Unescape(string segment) => System.Uri.UnescapeDataString(segment).Replace("~1", "/").Replace("~0", "~");

    /// <summary>Follows <paramref name="pointer"/> (such as <c>/components/schemas/Task</c>) from <paramref name="root"/>.</summary>
    public static YamlNode? Find(YamlNode root, string pointer, out string? missingSegment)
    {
        missingSegment = null;
        var current = root;
        if (pointer.Length == 0 || pointer == "/") return current;
        foreach (var rawSegment in pointer.Substring(1).Split('/'))
        {
            var segment = Unescape(rawSegment);
            current = current switch
            {
                YamlMappingNode mapping => mapping.Get(segment),
                YamlSequenceNode sequence when int.TryParse(segment, out var index) && index >= 0 && index < sequence.Children.Count => sequence.Children[index],
                _ => null,
            };
            if (current is null)
            {
                missingSegment = segment;
                return null;
            }
        }

        return current;
    }
}
