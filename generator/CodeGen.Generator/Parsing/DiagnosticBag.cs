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
    private readonly List<DiagnosticInfo> _items = new();

    public DiagnosticBag(string path) => _path = path;

    public void Report(DiagnosticDescriptor descriptor, YamlNode? node, params string[] arguments) =>
        Report(descriptor, node?.Start ?? Mark.Empty, node?.End ?? Mark.Empty, arguments);

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
