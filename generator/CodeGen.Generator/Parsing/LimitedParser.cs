using System;
using System.Collections.Generic;
using System.Globalization;
using CodeGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeGen.Parsing;

/// <summary>
/// Passes a parser's events on, and refuses the document at the first event that crosses a <see cref="DocumentLimits"/>.
/// YamlDotNet's scanner and parser are iterative, but <see cref="Nodes.NodeLoader"/> links every alias to its anchored
/// node, and the readers recurse once per level, so whatever walks the loaded document meets aliases expanded.
/// Reading through this parser bounds both before they are built: the nesting depth with aliases expanded, the number
/// of aliases, and the nodes they add. The size and height of each anchored node are recorded when it ends, so an
/// alias costs one lookup, however deeply aliases refer to other aliases.
/// </summary>
internal sealed class LimitedParser : IParser
{
    private readonly IParser _inner;
    private readonly Stack<Collection> _open = new();
    private readonly Dictionary<string, Extent> _anchors = new(StringComparer.Ordinal);
    private int _aliases;
    private long _nodesAddedByAliases;

    public LimitedParser(IParser inner) => _inner = inner;

    public ParsingEvent? Current => _inner.Current;

    public bool MoveNext()
    {
        if (!_inner.MoveNext()) return false;
        switch (_inner.Current)
        {
            case DocumentStart:
                _anchors.Clear();
                break;
            case MappingStart or SequenceStart:
                Open((NodeEvent)_inner.Current);
                break;
            case MappingEnd or SequenceEnd:
                var closed = _open.Pop();
                Complete(closed.Anchor, closed.Extent);
                break;
            case Scalar scalar:
                Complete(scalar.Anchor, new Extent(Nodes: 1, Height: 0));
                break;
            case AnchorAlias alias:
                Expand(alias);
                break;
        }

        return true;
    }

    private void Open(NodeEvent start)
    {
        if (_open.Count == DocumentLimits.MaxDepth) throw TooDeep(start);

        // A later anchor of the same name hides the earlier one from here on.
        if (!start.Anchor.IsEmpty) _anchors.Remove(start.Anchor.Value);
        _open.Push(new Collection(start.Anchor));
    }

    private void Complete(AnchorName anchor, Extent extent)
    {
        if (!anchor.IsEmpty) _anchors[anchor.Value] = extent;
        if (_open.Count > 0) _open.Peek().Add(extent);
    }

    private void Expand(AnchorAlias alias)
    {
        if (++_aliases > DocumentLimits.MaxAliases)
        {
            throw TooManyAliases(alias, $"it has more than {DocumentLimits.MaxAliases.ToString("N0", CultureInfo.InvariantCulture)} aliases");
        }

        if (!_anchors.TryGetValue(alias.Value.Value, out var target)) throw Unresolvable(alias);

        _nodesAddedByAliases += target.Nodes;
        if (_nodesAddedByAliases > DocumentLimits.MaxNodesAddedByAliases)
        {
            throw TooManyAliases(alias, $"the aliases up to '*{alias.Value.Value}' add more than " +
                $"{DocumentLimits.MaxNodesAddedByAliases.ToString("N0", CultureInfo.InvariantCulture)} nodes when expanded");
        }

        if (_open.Count + target.Height > DocumentLimits.MaxDepth) throw TooDeep(alias);
        if (_open.Count > 0) _open.Peek().Add(target);
    }

    private RejectedDocumentException Unresolvable(AnchorAlias alias)
    {
        foreach (var collection in _open)
        {
            if (!collection.Anchor.IsEmpty && collection.Anchor.Value == alias.Value.Value)
            {
                return TooManyAliases(alias, $"'*{alias.Value.Value}' is inside the node it refers to, so it expands without end");
            }
        }

        // YAML allows an alias only after its anchor; YamlDotNet would look ahead, past what has been measured.
        return new RejectedDocumentException(DiagnosticDescriptors.YamlSyntaxError, alias.Start, alias.End,
            $"the alias '*{alias.Value.Value}' does not follow an anchor '&{alias.Value.Value}'");
    }

    private static RejectedDocumentException TooDeep(ParsingEvent at) =>
        new(DiagnosticDescriptors.DocumentTooDeep, at.Start, at.End, DocumentLimits.MaxDepth.ToString(CultureInfo.InvariantCulture));

    private static RejectedDocumentException TooManyAliases(ParsingEvent at, string reason) =>
        new(DiagnosticDescriptors.AliasExpansionTooLarge, at.Start, at.End, reason);

    /// <summary>A node's size with aliases expanded, and how many collections deep it nests (0 for a scalar).</summary>
    private readonly record struct Extent(long Nodes, int Height);

    private sealed class Collection
    {
        public Collection(AnchorName anchor) => Anchor = anchor;

        public AnchorName Anchor { get; }

        public Extent Extent { get; private set; } = new(Nodes: 1, Height: 1);

        public void Add(Extent child) => Extent = new Extent(Extent.Nodes + child.Nodes, Math.Max(Extent.Height, child.Height + 1));
    }
}
