using System;
using System.Collections.Generic;
using System.Linq;

namespace CodeGen.Parsing.Nodes;

/// <summary>A sequence: its items in order. A sequence of a JSON document is built when its items are first read.</summary>
internal sealed class YamlSequenceNode : YamlNode
{
    private YamlNode[] _children;

    /// <summary>What builds the items, and which collection of its document this is, until they are built.</summary>
    private JsonNodeBuilder? _builder;
    private int _collection;

    public YamlSequenceNode() => _children = Array.Empty<YamlNode>();

    public YamlSequenceNode(IEnumerable<YamlNode> children) => _children = children.ToArray();

    public YamlSequenceNode(params YamlNode[] children) => _children = children;

    internal YamlSequenceNode(JsonNodeBuilder builder, int collection)
    {
        _children = Array.Empty<YamlNode>();
        _builder = builder;
        _collection = collection;
    }

    public IReadOnlyList<YamlNode> Children
    {
        get
        {
            if (_builder is { } builder)
            {
                _builder = null;
                builder.Fill(this, _collection);
            }

            return _children;
        }
    }

    /// <summary>Sets the items read by <see cref="NodeLoader"/> or <see cref="JsonNodeBuilder"/>.</summary>
    internal void Fill(YamlNode[] children)
    {
        _builder = null;
        _children = children;
    }

    public override string ToString()
    {
        var text = new System.Text.StringBuilder("[ ");
        foreach (var item in Children)
        {
            if (text.Length > DocumentLimits.MaxExampleLength) break;
            if (text.Length > 2) text.Append(", ");
            text.Append(item);
        }

        return text.Append(" ]").ToString();
    }
}
