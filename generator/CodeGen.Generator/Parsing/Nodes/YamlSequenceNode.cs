using System;
using System.Collections.Generic;
using System.Linq;

namespace CodeGen.Parsing.Nodes;

/// <summary>A sequence: its items in order. A sequence of a JSON document is built when its items are first read.</summary>
internal sealed class YamlSequenceNode : YamlNode
{
    private YamlNode[] _children;

    /// <summary>For a sequence read from JSON: what builds its items, and which collection of its document it is.</summary>
    private readonly JsonNodeBuilder? _builder;
    private readonly int _collection;
    private bool _isBuilt = true;

    public YamlSequenceNode() => _children = Array.Empty<YamlNode>();

    public YamlSequenceNode(IEnumerable<YamlNode> children) => _children = children.ToArray();

    public YamlSequenceNode(params YamlNode[] children) => _children = children;

    internal YamlSequenceNode(JsonNodeBuilder builder, int collection)
    {
        _children = Array.Empty<YamlNode>();
        _builder = builder;
        _collection = collection;
        _isBuilt = false;
    }

    public IReadOnlyList<YamlNode> Children
    {
        get
        {
            if (!_isBuilt) _builder!.Fill(this, _collection);
            return _children;
        }
    }

    /// <summary>Whether the items exist yet: a sequence read from JSON builds them when they are first read.</summary>
    internal bool IsBuilt => _isBuilt;

    /// <summary>Sets the items read by <see cref="NodeLoader"/> or <see cref="JsonNodeBuilder"/>.</summary>
    internal void Fill(YamlNode[] children)
    {
        _isBuilt = true;
        _children = children;
    }

    /// <summary>Lets go of the items of a sequence read from JSON, as <see cref="YamlMappingNode.Release"/>; returns the items that were built.</summary>
    internal YamlNode[] Release()
    {
        var items = _children;
        if (_builder is null || !_isBuilt) return items;
        _isBuilt = false;
        _children = Array.Empty<YamlNode>();
        return items;
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
