using System.Collections.Generic;
using CodeGen.Parsing.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeGen.Parsing;

/// <summary>
/// Builds a new YAML document whose every node carries the position of a node in the file that was read. YamlDotNet
/// sets a node's position only when it loads the node from parser events, so the new document is written as events
/// (copied nodes keep their own position; new wrappers take the position of the node they stand in for) and loaded
/// back through <see cref="LimitedParser"/>, which bounds it as it bounds any document.
/// </summary>
internal sealed class MarkedYamlWriter
{
    private readonly List<ParsingEvent> _events = new();

    public MarkedYamlWriter()
    {
        _events.Add(new StreamStart(Mark.Empty, Mark.Empty));
        _events.Add(new DocumentStart(null, null, true, Mark.Empty, Mark.Empty));
    }

    public void StartMapping(YamlNode at) =>
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Any, at.Start, at.End));

    public void EndMapping(YamlNode at) => _events.Add(new MappingEnd(at.End, at.End));

    public void StartSequence(YamlNode at) =>
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Any, at.Start, at.End));

    public void EndSequence(YamlNode at) => _events.Add(new SequenceEnd(at.End, at.End));

    /// <summary>A plain scalar (a key, a keyword's value, <c>true</c>) placed at <paramref name="at"/>.</summary>
    public void Plain(string value, YamlNode at) =>
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false, at.Start, at.End));

    /// <summary>A quoted string (a URL, a JSON pointer) placed at <paramref name="at"/>.</summary>
    public void Quoted(string value, YamlNode at) =>
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, false, true, at.Start, at.End));

    /// <summary>Writes <paramref name="key"/> (at <paramref name="at"/>) followed by a copy of <paramref name="value"/>.</summary>
    public void Entry(string key, YamlNode at, YamlNode value)
    {
        Plain(key, at);
        Copy(value);
    }

    /// <summary>
    /// Writes a copy of <paramref name="node"/>, aliases expanded. The document was read through
    /// <see cref="LimitedParser"/>, so the recursion is as deep as the document, at most <see cref="DocumentLimits.MaxDepth"/>.
    /// </summary>
    public void Copy(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                _events.Add(new Scalar(AnchorName.Empty, scalar.Tag, scalar.Value, scalar.Style,
                    scalar.Style == ScalarStyle.Plain, scalar.Style != ScalarStyle.Plain, scalar.Start, scalar.End));
                break;
            case YamlSequenceNode sequence:
                StartSequence(sequence);
                foreach (var item in sequence.Children) Copy(item);
                EndSequence(sequence);
                break;
            case YamlMappingNode mapping:
                StartMapping(mapping);
                foreach (var entry in mapping.Children)
                {
                    Copy(entry.Key);
                    Copy(entry.Value);
                }

                EndMapping(mapping);
                break;
            default:
                // An alias is linked to its node when the document loads; nothing else remains.
                Plain("", node);
                break;
        }
    }

    /// <summary>Loads what was written as a document, whose root is the one mapping written at the top.</summary>
    public YamlMappingNode Load()
    {
        _events.Add(new DocumentEnd(true, Mark.Empty, Mark.Empty));
        _events.Add(new StreamEnd(Mark.Empty, Mark.Empty));
        return (YamlMappingNode)NodeLoader.LoadFirstRoot(new LimitedParser(new EventList(_events)))!;
    }

    private sealed class EventList : IParser
    {
        private readonly List<ParsingEvent> _events;
        private int _index = -1;

        public EventList(List<ParsingEvent> events) => _events = events;

        public ParsingEvent? Current => _index >= 0 && _index < _events.Count ? _events[_index] : null;

        public bool MoveNext() => ++_index < _events.Count;
    }
}
