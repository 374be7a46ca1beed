using System.Collections;
using System.Collections.Generic;

namespace CodeGen.Parsing.Nodes;

/// <summary>A mapping: its entries in the order they were written, found by key without a scan once there are many.</summary>
internal sealed class YamlMappingNode : YamlNode, IEnumerable<KeyValuePair<YamlNode, YamlNode>>
{
    /// <summary>Up to this many entries a scan is faster than building an index.</summary>
    private const int ScanLimit = 8;

    private readonly List<KeyValuePair<YamlNode, YamlNode>> _children = new();

    /// <summary>The position of the first entry of each scalar key, once there are more than <see cref="ScanLimit"/> entries.</summary>
    private Dictionary<string, int>? _byKey;

    public YamlMappingNode()
    {
    }

    /// <summary>A mapping of keys and values given in turn.</summary>
    public YamlMappingNode(params YamlNode[] keysAndValues)
    {
        for (var i = 0; i + 1 < keysAndValues.Length; i += 2) Add(keysAndValues[i], keysAndValues[i + 1]);
    }

    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Children => _children;

    /// <summary>The value of the first entry whose key is the scalar <paramref name="key"/>, or null.</summary>
    public YamlNode? Find(string key)
    {
        if (_byKey is not null) return _byKey.TryGetValue(key, out var index) ? _children[index].Value : null;
        for (var i = 0; i < _children.Count; i++)
        {
            var pair = _children[i];
            if (pair.Key is YamlScalarNode scalar && scalar.Value == key) return pair.Value;
        }

        return null;
    }

    public void Add(string key, YamlNode value) => Add(new YamlScalarNode(key), value);

    public void Add(YamlNode key, YamlNode value)
    {
        _children.Add(new KeyValuePair<YamlNode, YamlNode>(key, value));
        if (_byKey is not null) Index(_byKey, _children.Count - 1);
        else if (_children.Count > ScanLimit) _byKey = Index();
    }

    /// <summary>Removes the entry whose key is <paramref name="key"/>; false when there is none.</summary>
    public bool Remove(YamlNode key)
    {
        var index = _children.FindIndex(pair => NodeContent.Comparer.Equals(pair.Key, key));
        if (index < 0) return false;
        _children.RemoveAt(index);
        _byKey = _children.Count > ScanLimit ? Index() : null;
        return true;
    }

    public IEnumerator<KeyValuePair<YamlNode, YamlNode>> GetEnumerator() => _children.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString()
    {
        var text = new System.Text.StringBuilder("{ ");
        foreach (var pair in _children)
        {
            if (text.Length > DocumentLimits.MaxExampleLength) break;
            if (text.Length > 2) text.Append(", ");
            text.Append("{ ").Append(pair.Key).Append(", ").Append(pair.Value).Append(" }");
        }

        return text.Append(" }").ToString();
    }

    private Dictionary<string, int> Index()
    {
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < _children.Count; i++) Index(index, i);
        return index;
    }

    private void Index(Dictionary<string, int> index, int position)
    {
        if (_children[position].Key is YamlScalarNode scalar && !index.ContainsKey(scalar.Value)) index.Add(scalar.Value, position);
    }
}
