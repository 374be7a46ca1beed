using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeGen.Parsing.Nodes;

/// <summary>
/// Builds nodes from a parser's events, as YamlDotNet's representation model would: an alias is the node last
/// anchored with its name, and a mapping with the same key twice is refused at the second. The parser is expected to
/// be a <see cref="LimitedParser"/>, which bounds the depth and the aliases before they are built. Open collections
/// gather their children in lists reused from one collection to the next, so each node keeps one array of exact size.
/// </summary>
internal static class NodeLoader
{
    private const int MaxSharedLength = 40;

    /// <summary>The root of the first document, or null when the stream has none; every document is read.</summary>
    public static YamlNode? LoadFirstRoot(IParser parser)
    {
        YamlNode? first = null;
        var documents = 0;
        var anchors = new Dictionary<string, YamlNode>(System.StringComparer.Ordinal);
        var frames = new List<Frame>();
        var texts = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var depth = 0;
        while (parser.MoveNext())
        {
            YamlNode node;
            switch (parser.Current)
            {
                case DocumentStart:
                    anchors.Clear();
                    continue;
                case DocumentEnd:
                    documents++;
                    continue;
                case Scalar scalar:
                    node = Placed(new YamlScalarNode(Shared(texts, scalar.Value), scalar.Style), scalar, anchors);
                    break;
                case SequenceStart start:
                    node = Placed(new YamlSequenceNode(), start, anchors);
                    break;
                case MappingStart start:
                    node = Placed(new YamlMappingNode(), start, anchors);
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out node!))
                    {
                        throw new AnchorNotFoundException(alias.Start, alias.End, $"The anchor '{alias.Value}' does not exists");
                    }

                    break;
                case SequenceEnd or MappingEnd:
                    frames[--depth].Complete();
                    continue;
                default:
                    continue;
            }

            if (depth > 0) frames[depth - 1].Add(node);
            else if (documents == 0 && first is null) first = node;

            if (parser.Current is SequenceStart or MappingStart)
            {
                if (depth == frames.Count) frames.Add(new Frame());
                frames[depth++].Open(node);
            }
        }

        return first;
    }

    /// <summary>
    /// One string for each short text: keys and keywords repeat thousands of times in a large spec, and a copy of
    /// each would stay alive, and be moved by the garbage collector, for as long as the document is read.
    /// </summary>
    private static string Shared(Dictionary<string, string> texts, string text)
    {
        if (text.Length > MaxSharedLength) return text;
        if (texts.TryGetValue(text, out var shared)) return shared;
        texts.Add(text, text);
        return text;
    }

    private static YamlNode Placed(YamlNode node, NodeEvent at, Dictionary<string, YamlNode> anchors)
    {
        node.Place(at.Tag, at.Start, at.End);
        if (!at.Anchor.IsEmpty) anchors[at.Anchor.Value] = node;
        return node;
    }

    /// <summary>An open collection at one depth, reused by every collection opened at that depth.</summary>
    private sealed class Frame
    {
        private readonly List<YamlNode> _items = new();
        private readonly List<KeyValuePair<YamlNode, YamlNode>> _entries = new();
        private YamlNode? _node;
        private YamlNode? _key;
        private Dictionary<string, int>? _byKey;
        private HashSet<YamlNode>? _keys;

        public void Open(YamlNode node)
        {
            _node = node;
            _key = null;
            _byKey = null;
            _keys = null;
        }

        public void Add(YamlNode node)
        {
            if (_node is YamlSequenceNode)
            {
                _items.Add(node);
                return;
            }

            if (_key is null)
            {
                _key = node;
                return;
            }

            if (!IsNew(_key)) throw new YamlException(_key.Start, _key.End, $"Duplicate key {_key}");
            _entries.Add(new KeyValuePair<YamlNode, YamlNode>(_key, node));
            if (_byKey is not null) YamlMappingNode.AddToIndex(_byKey, _entries, _entries.Count - 1);
            else if (_entries.Count > YamlMappingNode.ScanLimit) _byKey = YamlMappingNode.IndexOf(_entries);
            _key = null;
        }

        public void Complete()
        {
            if (_node is YamlSequenceNode sequence)
            {
                sequence.Fill(_items.ToArray());
                _items.Clear();
            }
            else
            {
                ((YamlMappingNode)_node!).Fill(_entries.ToArray(), _byKey);
                _entries.Clear();
            }

            _node = null;
        }

        /// <summary>
        /// A scalar key whose text is new is new. Only once a key repeats a text (with another tag) or is a
        /// collection are all keys compared by content, through a set from then on.
        /// </summary>
        private bool IsNew(YamlNode key)
        {
            if (_keys is null)
            {
                if (key is YamlScalarNode scalar && !HasText(scalar.Value)) return true;
                _keys = new HashSet<YamlNode>(NodeContent.Comparer);
                foreach (var pair in _entries) _keys.Add(pair.Key);
            }

            return _keys.Add(key);
        }

        private bool HasText(string text)
        {
            if (_byKey is not null) return _byKey.ContainsKey(text);
            foreach (var pair in _entries)
            {
                if (pair.Key is YamlScalarNode scalar && scalar.Value == text) return true;
            }

            return false;
        }
    }
}
