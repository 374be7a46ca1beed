using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Parsing.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace CodeGen.Parsing;

/// <summary>
/// Collects the diagnostics of one spec, located at the YAML node they are about. A node read more than once (a
/// component reached through many references) reports each of its problems once: a diagnostic equal to an earlier one
/// in ID, location and message is dropped.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly string _path;
    private readonly List<DiagnosticInfo> _items;
    private readonly HashSet<DiagnosticInfo> _reported;
    private readonly DiagnosticBag? _owner;

    public DiagnosticBag(string path)
    {
        _path = path;
        _items = new List<DiagnosticInfo>();
        _reported = new HashSet<DiagnosticInfo>();
    }

    private DiagnosticBag(string path, DiagnosticBag owner)
    {
        _path = path;
        _items = owner._items;
        _reported = owner._reported;
        _owner = owner;
    }

    /// <summary>The file a node was read from when it is not the spec (a file its <c>$ref</c>s lead to), or null.</summary>
    public Func<YamlNode, string?>? FileOfNode { get; set; }

    /// <summary>The same collection, for positions in another file.</summary>
    public DiagnosticBag ForFile(string path) => new(path, _owner ?? this);

    public void Report(DiagnosticDescriptor descriptor, YamlNode? node, params string[] arguments)
    {
        var fileOfNode = (_owner ?? this).FileOfNode;
        var path = node is null ? null : fileOfNode?.Invoke(node);
        (path is null || path == _path ? this : ForFile(path)).Report(descriptor, node?.Start ?? Mark.Empty, node?.End ?? Mark.Empty, arguments);
    }

    public void Report(DiagnosticDescriptor descriptor, Mark start, Mark end, params string[] arguments)
    {
        var startIndex = (int)start.Index;
        var endIndex = System.Math.Max(startIndex, (int)end.Index);
        var lineSpan = new LinePositionSpan(ToPosition(start), ToPosition(end.Index >= start.Index ? end : start));
        var shown = arguments.Select(ForMessage).ToEquatableArray();
        var diagnostic = new DiagnosticInfo(descriptor.Id, _path, new TextSpan(startIndex, endIndex - startIndex), lineSpan, shown);
        if (_reported.Add(diagnostic)) _items.Add(diagnostic);
    }

    /// <summary>
    /// Spec text quoted in a message is shown on one line, with line breaks and control characters escaped (a build
    /// log or terminal must not act on them), and cut short so one huge name cannot flood the output.
    /// </summary>
    private static string ForMessage(string argument)
    {
        var shown = UnsafeCharacters.EscapeForDisplay(argument);
        if (shown.Length <= MaxArgumentLength) return shown;
        var cut = char.IsHighSurrogate(shown[MaxArgumentLength - 1]) ? MaxArgumentLength - 1 : MaxArgumentLength;
        return shown.Substring(0, cut) + "…";
    }

    private const int MaxArgumentLength = 300;

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();

    private static LinePosition ToPosition(Mark mark) =>
        new((int)System.Math.Max(0, mark.Line - 1), (int)System.Math.Max(0, mark.Column - 1));
}
