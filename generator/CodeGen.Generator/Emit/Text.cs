using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Emit;

/// <summary>Makes text from a spec safe inside generated code. The only place that escapes.</summary>
internal static class Text
{
    /// <summary>A C# string literal, quotes included; safe for any input.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A C# UTF-8 string literal (<c>"name"u8</c>).</summary>
    public static string Utf8Literal(string value) => Literal(value) + "u8";

    /// <summary>Escapes text for an XML doc comment and splits it into lines; each line then gets a <c>///</c> prefix.</summary>
    public static IEnumerable<string> XmlDocLines(string text) => DocLines(EscapeXml(text));

    /// <summary>Splits doc-comment XML into lines without trailing spaces or control characters.</summary>
    private static IEnumerable<string> DocLines(string xml)
    {
        foreach (var line in xml.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var trimmed = line.TrimEnd();
            yield return HasControlCharacter(trimmed) ? WithoutControlCharacters(trimmed) : trimmed;
        }
    }

    // Control characters are not valid in XML, so they cannot appear in a doc comment.
    private static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c != '\t') return true;
        }

        return false;
    }

    private static string WithoutControlCharacters(string text)
    {
        var clean = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c) || c == '\t') clean.Append(c);
        }

        return clean.ToString();
    }

    /// <summary>Escapes text for a single-line XML doc fragment, such as inside <c>&lt;c&gt;</c>.</summary>
    public static string XmlInline(string text) => string.Join(" ", XmlDocLines(text)).Trim();

    /// <summary>Writes a <c>&lt;summary&gt;</c> (and <c>&lt;remarks&gt;</c>) doc comment.</summary>
    public static void WriteDocComment(CodeWriter writer, string? summary, string? remarks = null, string? example = null)
    {
        writer.Line("/// <summary>");
        foreach (var line in XmlDocLines(string.IsNullOrWhiteSpace(summary) ? "" : summary!.Trim())) writer.Line(line.Length == 0 ? "///" : "/// " + line);
        writer.Line("/// </summary>");
        if (!string.IsNullOrWhiteSpace(remarks) || example is not null)
        {
            writer.Line("/// <remarks>");
            if (!string.IsNullOrWhiteSpace(remarks))
            {
                foreach (var line in XmlDocLines(remarks!.Trim())) writer.Line(line.Length == 0 ? "///" : "/// " + line);
            }

            if (example is not null) writer.Line("/// <para>Example: <c>" + XmlInline(example) + "</c></para>");
            writer.Line("/// </remarks>");
        }
    }

    /// <summary>Escapes text for XML, to combine with markup such as <c>&lt;see cref="…"/&gt;</c>.</summary>
    public static string EscapeXml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>
    /// Writes a <c>&lt;summary&gt;</c> (and <c>&lt;remarks&gt;</c>) from XML the caller built: markup is kept, so every
    /// piece of spec text in it must already have gone through <see cref="EscapeXml"/> or <see cref="XmlInline"/>.
    /// </summary>
    public static void WriteXmlDocComment(CodeWriter writer, string summaryXml, string? remarksXml = null)
    {
        writer.Line("/// <summary>");
        foreach (var line in DocLines(summaryXml.Trim())) writer.Line(line.Length == 0 ? "///" : "/// " + line);
        writer.Line("/// </summary>");
        if (string.IsNullOrWhiteSpace(remarksXml)) return;
        writer.Line("/// <remarks>");
        foreach (var line in DocLines(remarksXml!.Trim())) writer.Line(line.Length == 0 ? "///" : "/// " + line);
        writer.Line("/// </remarks>");
    }

    /// <summary>A stable hint name for a generated file.</summary>
    public static string HintName(string @namespace, string typeName)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in @namespace + "." + typeName)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        }

        return builder.Append(".g.cs").ToString();
    }
}
