using System;
using System.Collections;
using System.Collections.Generic;

namespace CodeGen.Parsing.Nodes;

/// <summary>
/// A mapping: its entries in the order they were written, found by key without a scan once there are many. A mapping
/// of a JSON document is built when its entries are first read (<see cref="JsonNodeBuilder"/>).
/// </summary>
internal sealed class YamlMappingNode : YamlNode, IEnumerable<KeyValuePair<YamlNode, YamlNode>>
{
    /// <summary>Up to this many entries a scan is faster than an index.</summary>
    internal const int ScanLimit = 8;

    private KeyValuePair<YamlNode, YamlNode>[] _children = Array.Empty<KeyValuePair<YamlNode, YamlNode>>();

    /// <summary>The position of the first entry of each scalar key, once there are more than <see cref="ScanLimit"/> entries.</summary>
    private Dictionary<string, int>? _byKey;

    /// <summary>For a mapping read from JSON: what builds its entries, and which collection of its document it is.</summary>
    private readonly JsonNodeBuilder? _builder;
    private readonly int _collection;
    private bool _isBuilt = true;

    /// <summary>Whether an entry was added or removed, which building the entries again would undo.</summary>
    private bool _isChanged;

    public YamlMappingNode()
    {
    }

    internal YamlMappingNode(JsonNodeBuilder builder, int collection)
    {
        _builder = builder;
        _collection = collection;
        _isBuilt = false;
    }

    /// <summary>A mapping of keys and values given in turn.</summary>
    public YamlMappingNode(params YamlNode[] keysAndValues)
    {
        for (var i = 0; i + 1 < keysAndValues.Length; i += 2) Add(keysAndValues[i], keysAndValues[i + 1]);
    }

    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Children => Built();

    /// <summary>Whether the entries exist yet: a mapping read from JSON builds them when they are first read.</summary>
    internal bool IsBuilt => _isBuilt;

    /// <summary>The value of the first entry whose key is the scalar <paramref name="key"/>, or null.</summary>
    public YamlNode? Find(string key)
    {
        Built();
        if (_byKey is not null) return _byKey.TryGetValue(key, out var index) ? _children[index].Value : null;
        foreach (var pair in _children)
        {
            if (pair.Key is YamlScalarNode scalar && scalar.Value == key) return pair.Value;
        }

        return null;
    }

    public void Add(string key, YamlNode value) => Add(new YamlScalarNode(key), value);

    public void Add(YamlNode key, YamlNode value)
    {
        Built();
        _isChanged = true;
        Array.Resize(ref _children, _children.Length + 1);
        _children[_children.Length - 1] = new KeyValuePair<YamlNode, YamlNode>(key, value);
        if (_byKey is not null) AddToIndex(_byKey, _children, _children.Length - 1);
        else if (_children.Length > ScanLimit) _byKey = IndexOf(_children);
    }

    /// <summary>Removes the entry whose key is <paramref name="key"/>; false when there is none.</summary>
    public bool Remove(YamlNode key)
    {
        var index = Array.FindIndex(Built(), pair => NodeContent.Comparer.Equals(pair.Key, key));
        if (index < 0) return false;
        _isChanged = true;
        var children = new KeyValuePair<YamlNode, YamlNode>[_children.Length - 1];
        Array.Copy(_children, 0, children, 0, index);
        Array.Copy(_children, index + 1, children, index, children.Length - index);
        _children = children;
        _byKey = children.Length > ScanLimit ? IndexOf(children) : null;
        return true;
    }

    public IEnumerator<KeyValuePair<YamlNode, YamlNode>> GetEnumerator() => ((IEnumerable<KeyValuePair<YamlNode, YamlNode>>)Built()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString()
    {
        var text = new System.Text.StringBuilder("{ ");
        foreach (var pair in Built())
        {
            if (text.Length > DocumentLimits.MaxExampleLength) break;
            if (text.Length > 2) text.Append(", ");
            text.Append("{ ").Append(pair.Key).Append(", ").Append(pair.Value).Append(" }");
        }

        return text.Append(" }").ToString();
    }

    /// <summary>Sets the entries read by <see cref="NodeLoader"/> or <see cref="JsonNodeBuilder"/>, and their index when one was built.</summary>
    internal void Fill(KeyValuePair<YamlNode, YamlNode>[] children, Dictionary<string, int>? byKey)
    {
        _isBuilt = true;
        _children = children;
        _byKey = byKey;
    }

    private KeyValuePair<YamlNode, YamlNode>[] Built()
    {
        if (!_isBuilt) _builder!.Fill(this, _collection);
        return _children;
    }

    /// <summary>
    /// Lets the nodes under a mapping read from JSON be collected once they have been read: a large spec's nodes, all
    /// kept until the end, cost more in garbage collections than in building. Every collection built under it lets go
    /// of its children too, so a node kept elsewhere (a type name's place, for a later report) keeps no subtree alive.
    /// What is read again is built again, as new nodes. A collection read from YAML, or one changed since it was
    /// built, keeps its children.
    /// </summary>
    internal void Release()
    {
        // A document read from YAML is built whole and has nothing to let go.
        if (_builder is null) return;
        var pending = new Stack<YamlNode>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case YamlMappingNode { _isBuilt: true } mapping:
                    foreach (var pair in mapping._children) pending.Push(pair.Value);
                    if (mapping._builder is null || mapping._isChanged) break;
                    mapping._isBuilt = false;
                    mapping._children = Array.Empty<KeyValuePair<YamlNode, YamlNode>>();
                    mapping._byKey = null;
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Release()) pending.Push(item);
                    break;
            }
        }
    }

    /// <summary>The position of the first entry whose key is the scalar <paramref name="key"/>, or -1.</summary>
    internal static int Scan(IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> children, string key)
    {
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].Key is YamlScalarNode scalar && scalar.Value == key) return i;
        }

        return -1;
    }

    internal static Dictionary<string, int> IndexOf(IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> children)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < children.Count; i++) AddToIndex(index, children, i);
        return index;
    }

    internal static void AddToIndex(Dictionary<string, int> index, IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> children, int position)
    {
        if (children[position].Key is YamlScalarNode scalar && !index.ContainsKey(scalar.Value)) index.Add(scalar.Value, position);
    }
}
