using System.Collections.Generic;

namespace CodeGen.Parsing.Nodes;

/// <summary>
/// Compares nodes by content, as YAML compares mapping keys: scalars by tag and text, collections by tag and
/// children (a mapping's in any order). Documents are read within <see cref="DocumentLimits.MaxDepth"/>, which bounds the recursion.
/// </summary>
internal sealed class NodeContent : IEqualityComparer<YamlNode>
{
    public static readonly NodeContent Comparer = new();

    public bool Equals(YamlNode? x, YamlNode? y) => Same(x, y, depth: 0);

    public int GetHashCode(YamlNode node) => node switch
    {
        YamlScalarNode scalar => unchecked(scalar.Tag.GetHashCode() * 31 + scalar.Value.GetHashCode()),
        YamlSequenceNode sequence => unchecked(sequence.Tag.GetHashCode() * 31 + sequence.Children.Count),
        YamlMappingNode mapping => unchecked(mapping.Tag.GetHashCode() * 37 + mapping.Children.Count),
        _ => 0,
    };

    private static bool Same(YamlNode? x, YamlNode? y, int depth)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || !x.Tag.Equals(y.Tag) || depth > DocumentLimits.MaxDepth) return false;
        switch (x)
        {
            case YamlScalarNode a when y is YamlScalarNode b:
                return a.Value == b.Value;
            case YamlSequenceNode a when y is YamlSequenceNode b:
                if (a.Children.Count != b.Children.Count) return false;
                for (var i = 0; i < a.Children.Count; i++)
                {
                    if (!Same(a.Children[i], b.Children[i], depth + 1)) return false;
                }

                return true;
            case YamlMappingNode a when y is YamlMappingNode b:
                if (a.Children.Count != b.Children.Count) return false;
                foreach (var entry in a.Children)
                {
                    if (!TryGetValue(b, entry.Key, depth + 1, out var other) || !Same(entry.Value, other, depth + 1)) return false;
                }

                return true;
            default:
                return false;
        }
    }

    private static bool TryGetValue(YamlMappingNode mapping, YamlNode key, int depth, out YamlNode? value)
    {
        foreach (var entry in mapping.Children)
        {
            if (Same(entry.Key, key, depth))
            {
                value = entry.Value;
                return true;
            }
        }

        value = null;
        return false;
    }
}
