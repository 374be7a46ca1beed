using System.Collections.Generic;
using YamlDotNet.Core;

namespace CodeGen.Parsing.Nodes;

/// <summary>
/// Builds the nodes of a checked <see cref="JsonOutline"/> one collection at a time: a collection's scalars when it is
/// first read, its collections as nodes that wait to be read in turn. The positions, values and styles are those
/// YamlDotNet gives the same text. Nodes are read by one thread at a time, as every node of a spec is.
/// </summary>
internal sealed class JsonNodeBuilder
{
    private readonly JsonOutline _outline;
    private readonly string _text;
    private readonly List<KeyValuePair<YamlNode, YamlNode>> _entries = new();
    private readonly List<YamlNode> _items = new();
    private int _index;
    private int _line;
    private int _lineStart;
    private int _next;

    public JsonNodeBuilder(JsonOutline outline)
    {
        _outline = outline;
        _text = outline.Text;
    }

    public YamlNode Root()
    {
        _index = 0;
        _line = 1;
        _lineStart = 0;
        _next = 0;
        SkipWhitespace();
        return Node();
    }

    /// <summary>The entries of the object that is collection <paramref name="collection"/> of the document.</summary>
    public void Fill(YamlMappingNode mapping, int collection)
    {
        MoveInto(collection);
        while (MoveToItem('}'))
        {
            var key = Node();
            SkipWhitespace();
            _index++; // the colon
            SkipWhitespace();
            _entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, Node()));
        }

        var entries = _entries.ToArray();
        _entries.Clear();
        mapping.Fill(entries, entries.Length > YamlMappingNode.ScanLimit ? YamlMappingNode.IndexOf(entries) : null);
    }

    /// <summary>The items of the array that is collection <paramref name="collection"/> of the document.</summary>
    public void Fill(YamlSequenceNode sequence, int collection)
    {
        MoveInto(collection);
        while (MoveToItem(']')) _items.Add(Node());
        sequence.Fill(_items.ToArray());
        _items.Clear();
    }

    /// <summary>Moves past blanks and a comma to the next item or entry; false at the collection's closing bracket.</summary>
    private bool MoveToItem(char closing)
    {
        while (true)
        {
            SkipWhitespace();
            if (_text[_index] == closing) return false;
            if (_text[_index] != ',') return true;
            _index++;
        }
    }

    private void MoveInto(int collection)
    {
        _index = _outline.StartIndex(collection) + 1;
        _line = _outline.StartLine(collection);
        _lineStart = _outline.StartLineStart(collection);
        _next = collection + 1;
    }

    private YamlNode Node()
    {
        var start = _index;
        var column = start - _lineStart + 1;
        YamlNode node;
        switch (_text[_index])
        {
            case '{':
                node = new YamlMappingNode(this, _next);
                node.Place(TagName.Empty, start, _line, column, start, _line, column);
                Skip();
                return node;
            case '[':
                node = new YamlSequenceNode(this, _next);
                node.Place(TagName.Empty, start, _line, column, start, _line, column);
                Skip();
                return node;
            case '"':
                node = new YamlScalarNode(JsonText.ReadString(_text, ref _index), ScalarStyle.DoubleQuoted);
                break;
            default:
                _index = JsonText.LiteralEnd(_text, start);
                node = new YamlScalarNode(JsonText.LiteralText(_text, start, _index), ScalarStyle.Plain);
                break;
        }

        // A scalar of strict JSON holds no line break, so it ends on the line it starts.
        node.Place(TagName.Empty, start, _line, column, _index, _line, _index - _lineStart + 1);
        return node;
    }

    /// <summary>Moves past the collection that starts here, and past every collection inside it.</summary>
    private void Skip()
    {
        _index = _outline.EndIndex(_next);
        _line = _outline.EndLine(_next);
        _lineStart = _outline.EndLineStart(_next);
        _next += 1 + _outline.Descendants(_next);
    }

    private void SkipWhitespace() => JsonText.SkipWhitespace(_text, ref _index, ref _line, ref _lineStart);
}
