using YamlDotNet.Core;

namespace CodeGen.Parsing.Nodes;

/// <summary>
/// A node of a loaded spec: a scalar, a sequence or a mapping, with the position of the text it was read from.
/// Nodes compare by reference; <see cref="NodeContent"/> compares them by content where that is meant.
/// </summary>
internal abstract class YamlNode
{
    // Positions as plain numbers: a Mark pair per node would be two more objects for every node of a large spec.
    private int _startIndex;
    private int _startLine;
    private int _startColumn;
    private int _endIndex;
    private int _endLine;
    private int _endColumn;

    public TagName Tag { get; private set; }

    public Mark Start => _startLine == 0 ? Mark.Empty : new Mark(_startIndex, _startLine, _startColumn);

    public Mark End => _endLine == 0 ? Mark.Empty : new Mark(_endIndex, _endLine, _endColumn);

    internal void Place(TagName tag, Mark start, Mark end) =>
        Place(tag, (int)start.Index, (int)start.Line, (int)start.Column, (int)end.Index, (int)end.Line, (int)end.Column);

    internal void Place(TagName tag, int startIndex, int startLine, int startColumn, int endIndex, int endLine, int endColumn)
    {
        Tag = tag;
        _startIndex = startIndex;
        _startLine = startLine;
        _startColumn = startColumn;
        _endIndex = endIndex;
        _endLine = endLine;
        _endColumn = endColumn;
    }
}
