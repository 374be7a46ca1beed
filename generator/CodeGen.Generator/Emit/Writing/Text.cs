using System.Collections.Generic;
using System.Text;
using CodeGen.Helpers;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Emit;

/// <summary>Makes text from a spec safe inside generated code. The only place that escapes.</summary>
internal static class Text
{
    /// <summary>
    /// A C# string literal, quotes included; safe for any input. Line breaks and control characters are escaped by
    /// Roslyn; bidirectional controls are escaped too, so a literal reads the way it compiles.
    /// </summary>
    public static string Literal(string value) => UnsafeCharacters.EscapeForDisplay(SymbolDisplay.FormatLiteral(value, quote: true));

    /// <summary>
    /// Text inside an interpolated string literal (<c>$"…"</c>), without the quotes: <see cref="Literal"/>'s escapes,
    /// with braces doubled so none opens a hole.
    /// </summary>
    public static string InterpolatedText(string value)
    {
        var literal = Literal(value);
        return literal.Substring(1, literal.Length - 2).Replace("{", "{{").Replace("}", "}}");
    }

    /// <summary>A C# UTF-8 string literal (<c>"name"u8</c>).</summary>
    public static string Utf8Literal(string value) => Literal(value) + "u8";

    /// <summary>Escapes text for an XML doc comment and splits it into lines; each line then gets a <c>///</c> prefix.</summary>
    public static IEnumerable<string> XmlDocLines(string text) => DocLines(EscapeXml(text));

    /// <summary>
    /// Splits doc-comment XML into lines at every character C# ends a line with (not only CR and LF: U+0085, U+2028
    /// and U+2029 end a <c>///</c> comment too, and whatever followed would compile as code), and drops what may not
    /// stand in a comment: control characters, bidirectional controls and unpaired surrogates.
    /// </summary>
    private static IEnumerable<string> DocLines(string xml)
    {
        if (IsOneSafeLine(xml))
        {
            // Most text from a spec: nothing to split or drop.
            yield return xml.TrimEnd();
            yield break;
        }

        var line = new StringBuilder();
        for (var i = 0; i < xml.Length; i++)
        {
            var c = xml[i];
            if (UnsafeCharacters.IsLineBreak(c))
            {
                if (c == '\r' && i + 1 < xml.Length && xml[i + 1] == '\n') i++;
                yield return TrimEnd(line);
                line.Clear();
            }
            else if (char.IsHighSurrogate(c) && i + 1 < xml.Length && char.IsLowSurrogate(xml[i + 1]))
            {
                line.Append(c).Append(xml[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                line.Append('\uFFFD');
            }
            else if (c == '\t' || !UnsafeCharacters.IsUnsafe(c))
            {
                line.Append(c);
            }
        }

        yield return TrimEnd(line);
    }

    /// <summary>True when <see cref="DocLines"/> would keep <paramref name="xml"/> as one line, every character as it is.</summary>
    private static bool IsOneSafeLine(string xml)
    {
        foreach (var c in xml)
        {
            if (c != '\t' && UnsafeCharacters.IsUnsafe(c)) return false;
        }

        return true;
    }

    private static string TrimEnd(StringBuilder line) => line.ToString().TrimEnd();

    private static void WriteDocLines(CodeWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0) writer.Line("///");
            else writer.Line($"/// {line}");
        }
    }

    /// <summary>Escapes text for a single-line XML doc fragment, such as inside <c>&lt;c&gt;</c>.</summary>
    public static string XmlInline(string text) => string.Join(" ", XmlDocLines(text)).Trim();

    /// <summary>
    /// Writes a <c>&lt;summary&gt;</c> (and <c>&lt;remarks&gt;</c>) doc comment; a remark that repeats the summary is
    /// left out, and a tag of one short line stays on one line.
    /// </summary>
    public static void WriteDocComment(CodeWriter writer, string? summary, string? remarks = null, string? example = null)
    {
        summary = string.IsNullOrWhiteSpace(summary) ? "" : summary!.Trim();
        remarks = string.IsNullOrWhiteSpace(remarks) || remarks!.Trim() == summary ? null : remarks.Trim();
        WriteTag(writer, "summary", XmlDocLines(summary));
        var remarkLines = new List<string>();
        if (remarks is not null) remarkLines.AddRange(XmlDocLines(remarks));
        if (example is not null) remarkLines.Add((remarks is null ? "" : "<para>") + "Example: <c>" + XmlInline(example) + "</c>" + (remarks is null ? "" : "</para>"));
        if (remarkLines.Count > 0) WriteTag(writer, "remarks", remarkLines);
    }

    /// <summary>The longest text a doc tag keeps on the line of its tags; longer text gets lines of its own.</summary>
    private const int OneLineTagLength = 150;

    private static void WriteTag(CodeWriter writer, string tag, IEnumerable<string> lines)
    {
        var list = lines as IList<string> ?? new List<string>(lines);
        if (list.Count == 1 && list[0].Length <= OneLineTagLength)
        {
            writer.Line($"/// <{tag}>{list[0]}</{tag}>");
            return;
        }

        writer.Line($"/// <{tag}>");
        WriteDocLines(writer, list);
        writer.Line($"/// </{tag}>");
    }

    /// <summary>Escapes text for XML, to combine with markup such as <c>&lt;see cref="…"/&gt;</c>.</summary>
    public static string EscapeXml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>
    /// Writes a <c>&lt;summary&gt;</c> (and <c>&lt;remarks&gt;</c>) from XML the caller built: markup is kept, so every
    /// piece of spec text in it must already have gone through <see cref="EscapeXml"/> or <see cref="XmlInline"/>.
    /// </summary>
    public static void WriteXmlDocComment(CodeWriter writer, string summaryXml, string? remarksXml = null)
    {
        WriteTag(writer, "summary", DocLines(summaryXml.Trim()));
        if (!string.IsNullOrWhiteSpace(remarksXml)) WriteTag(writer, "remarks", DocLines(remarksXml!.Trim()));
    }

    /// <summary>A stable hint name for a generated file, short enough for a file name on any disk.</summary>
    public static string HintName(string @namespace, string typeName)
    {
        const int MaxLengthBeforeExtension = 150;
        var builder = new StringBuilder();
        foreach (var c in @namespace + "." + typeName)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        }

        return Helpers.Identifiers.Shorten(builder.ToString(), MaxLengthBeforeExtension) + ".g.cs";
    }
}
