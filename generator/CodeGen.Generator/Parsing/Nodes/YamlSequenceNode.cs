using System;
using System.Collections.Generic;
using System.Linq;

namespace CodeGen.Parsing.Nodes;

/// <summary>A sequence: its items in order.</summary>
internal sealed class YamlSequenceNode : YamlNode
{
    private YamlNode[] _children;

    public YamlSequenceNode() => _children = Array.Empty<YamlNode>();

    public YamlSequenceNode(IEnumerable<YamlNode> children) => _children = children.ToArray();

    public YamlSequenceNode(params YamlNode[] children) => _children = children;

    public IReadOnlyList<YamlNode> Children => _children;

    /// <summary>Sets the items read by <see cref="NodeLoader"/>, once the sequence ends.</summary>
    internal void Fill(YamlNode[] children) => _children = children;

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
