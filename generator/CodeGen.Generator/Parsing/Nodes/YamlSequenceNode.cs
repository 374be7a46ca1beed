using System.Collections.Generic;
using System.Linq;

namespace CodeGen.Parsing.Nodes;

/// <summary>A sequence: its items in order.</summary>
internal sealed class YamlSequenceNode : YamlNode
{
    private readonly List<YamlNode> _children;

    public YamlSequenceNode() => _children = new List<YamlNode>();

    public YamlSequenceNode(IEnumerable<YamlNode> children) => _children = children.ToList();

    public YamlSequenceNode(params YamlNode[] children) => _children = new List<YamlNode>(children);

    public IReadOnlyList<YamlNode> Children => _children;

    internal void Add(YamlNode item) => _children.Add(item);

    public override string ToString()
    {
        var text = new System.Text.StringBuilder("[ ");
        foreach (var item in _children)
        {
            if (text.Length > DocumentLimits.MaxExampleLength) break;
            if (text.Length > 2) text.Append(", ");
            text.Append(item);
        }

        return text.Append(" ]").ToString();
    }
}
