using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CodeGen.Parsing;

/// <summary>Collects the diagnostics of one spec, located at the YAML node they are about.</summary>
internal sealed class DiagnosticBag
{
    private readonly string _path;
    private readonly List<DiagnosticInfo> _items;
    private readonly DiagnosticBag? _owner;

    public DiagnosticBag(string path)
    {
        _path = path;
        _items = new List<DiagnosticInfo>();
    }

    private DiagnosticBag(string path, DiagnosticBag owner)
    {
        _path = path;
        _items = owner._items;
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
        _items.Add(new DiagnosticInfo(descriptor.Id, _path, new TextSpan(startIndex, endIndex - startIndex), lineSpan, shown));
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
