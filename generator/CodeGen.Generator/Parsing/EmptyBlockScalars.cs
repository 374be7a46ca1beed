using System;
using System.Text;
using YamlDotNet.Core;

namespace CodeGen.Parsing;

/// <summary>
/// Makes YamlDotNet read the one shape of block scalar it refuses that PyYAML and other OpenAPI tools read: a block
/// scalar with no content whose only lines are made of spaces, more of them than the block is indented, as in
/// <code>
///       example: |+
///           (ten spaces)
///       type: string
/// </code>
/// YAML 1.2 forbids leading blank lines with more spaces than the first line of content; with no content that is an
/// error ("found extra spaces in first line"), where PyYAML reads an empty value (<c>"\n"</c> for <c>|+</c>). Such
/// lines add a line break and nothing else, however many spaces they carry, so moving their spaces to the end of the
/// header line (where spaces mean nothing) changes no value, and keeps every line, column and character offset of the
/// document. The repair is applied only after YamlDotNet has refused the document for this reason.
/// </summary>
internal static class EmptyBlockScalars
{
    public static bool IsTheirError(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        return message.IndexOf("found extra spaces in first line", StringComparison.Ordinal) >= 0 ||
               message.IndexOf("found more spaces in lines above first content line", StringComparison.Ordinal) >= 0;
    }

    /// <summary>The text with each block scalar of this shape repaired; the same instance when there is none.</summary>
    public static string Repair(string text)
    {
        StringBuilder? repaired = null;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = EndOfLine(text, lineStart);
            var next = NextLine(text, lineEnd);
            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (ParentIndent(text, lineStart, contentEnd) is { } parentIndent)
            {
                // The run of lines made only of spaces after the header, then the first other line (or the end).
                var runEnd = next;
                var spaces = 0;
                while (runEnd < text.Length && IsSpacesOnly(text, runEnd, EndOfLine(text, runEnd), out var count))
                {
                    spaces += count;
                    runEnd = NextLine(text, EndOfLine(text, runEnd));
                }

                if (spaces > 0 && (runEnd >= text.Length || Indent(text, runEnd) <= parentIndent))
                {
                    repaired ??= new StringBuilder(text.Length).Append(text, 0, lineStart);
                    repaired.Append(text, lineStart, contentEnd - lineStart).Append(' ', spaces);
                    for (var i = contentEnd; i < runEnd; i++)
                    {
                        if (text[i] != ' ') repaired.Append(text[i]);
                    }

                    lineStart = runEnd;
                    continue;
                }
            }

            repaired?.Append(text, lineStart, next - lineStart);
            lineStart = next;
        }

        return repaired?.ToString() ?? text;
    }

    /// <summary>
    /// For a block scalar header line, the indentation its content must exceed: the column of the key it is the
    /// value of, or of the <c>-</c> it is an item of (-1 at the top level). Null for any other line.
    /// </summary>
    private static int? ParentIndent(string text, int start, int end)
    {
        if (!EndsWithIndicator(text, start, end))
        {
            // "key: |+ # a comment": the header ends where the comment begins.
            var comment = text.IndexOf(" #", start, end - start, StringComparison.Ordinal);
            if (comment < 0 || !EndsWithIndicator(text, start, comment)) return null;
        }

        var column = start;
        var lastDash = -1;
        while (true)
        {
            while (column < end && text[column] == ' ') column++;
            if (column < end && text[column] == '-' && (column + 1 == end || text[column + 1] == ' '))
            {
                lastDash = column++ - start;
                continue;
            }

            break;
        }

        if (column >= end) return null;
        return text[column] is '|' or '>' ? lastDash : column - start;
    }

    /// <summary>
    /// Whether the text ends, spaces aside, in a block scalar indicator without an explicit indentation (those do
    /// not detect it): "key: |", "- >-", "key: !!str |+".
    /// </summary>
    private static bool EndsWithIndicator(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\t') end--;
        if (end > start && text[end - 1] is '+' or '-') end--;
        if (end == start || text[end - 1] is not ('|' or '>')) return false;
        return end - 1 == start || text[end - 2] is ' ' or '\t';
    }

    private static bool IsSpacesOnly(string text, int start, int end, out int spaces)
    {
        spaces = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == ' ') spaces++;
            else if (!(text[i] == '\r' && i == end - 1)) return false;
        }

        return true;
    }

    private static int Indent(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && text[i] == ' ') i++;
        return i - lineStart;
    }

    /// <summary>The index of the line's '\n', or the end of the text.</summary>
    private static int EndOfLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    private static int NextLine(string text, int lineEnd) => Math.Min(text.Length, lineEnd + 1);
}
