using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeGen.Parsing.Nodes;

/// <summary>
/// Builds nodes from a parser's events, as YamlDotNet's representation model would: an alias is the node last
/// anchored with its name, and a mapping with the same key twice is refused at the second. The parser is expected to
/// be a <see cref="LimitedParser"/>, which bounds the depth and the aliases before they are built; the loader itself
/// keeps its open collections on a stack rather than recursing.
/// </summary>
internal static class NodeLoader
{
    /// <summary>The root of the first document, or null when the stream has none; every document is read.</summary>
    public static YamlNode? LoadFirstRoot(IParser parser)
    {
        YamlNode? first = null;
        var documents = 0;
        var anchors = new Dictionary<string, YamlNode>(System.StringComparer.Ordinal);
        var open = new Stack<Collection>();
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
                    node = Placed(new YamlScalarNode(scalar.Value, scalar.Style), scalar, anchors);
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
                    open.Pop();
                    continue;
                default:
                    continue;
            }

            if (open.Count > 0) open.Peek().Add(node);
            else if (documents == 0 && first is null) first = node;

            if (parser.Current is SequenceStart or MappingStart) open.Push(new Collection(node));
        }

        return first;
    }

    private static YamlNode Placed(YamlNode node, NodeEvent at, Dictionary<string, YamlNode> anchors)
    {
        node.Place(at.Tag, at.Start, at.End);
        if (!at.Anchor.IsEmpty) anchors[at.Anchor.Value] = node;
        return node;
    }

    private sealed class Collection
    {
        private readonly YamlNode _node;
        private YamlNode? _key;
        private HashSet<YamlNode>? _keys;

        public Collection(YamlNode node) => _node = node;

        public void Add(YamlNode node)
        {
            if (_node is YamlSequenceNode sequence)
            {
                sequence.Add(node);
                return;
            }

            if (_key is null)
            {
                _key = node;
                return;
            }

            var mapping = (YamlMappingNode)_node;
            if (!IsNew(mapping, _key)) throw new YamlException(_key.Start, _key.End, $"Duplicate key {_key}");
            mapping.Add(_key, node);
            _key = null;
        }

        /// <summary>
        /// A scalar key whose text is new is new: the mapping's own lookup tells. Only once a key repeats a text (with
        /// another tag) or is a collection are all keys compared by content, through a set from then on.
        /// </summary>
        private bool IsNew(YamlMappingNode mapping, YamlNode key)
        {
            if (_keys is null)
            {
                if (key is YamlScalarNode scalar && mapping.Find(scalar.Value) is null) return true;
                _keys = new HashSet<YamlNode>(NodeContent.Comparer);
                foreach (var pair in mapping.Children) _keys.Add(pair.Key);
            }

            return _keys.Add(key);
        }
    }
}
