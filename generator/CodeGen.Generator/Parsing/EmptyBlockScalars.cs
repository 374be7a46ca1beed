using System;
using System.Text;
using YamlDotNet.Core;

namespace CodeGen.Parsing;

/// <summary>
/// Makes YamlDotNet read block scalars it refuses and PyYAML and other OpenAPI tools read: leading lines made only of
/// spaces, more than the header's key is indented, either before content indented at least as far, or with no content
/// at all (then YAML 1.2 forbids them, and PyYAML reads an empty value):
/// <code>
///       description: |
///           (four spaces)
///         Text.
///       example: |+
///           (ten spaces)
///       type: string
/// </code>
/// YamlDotNet refuses both ("found extra spaces in first line"). Such lines add a line break and nothing else, however
/// many spaces they carry, so moving their spaces to the end of the header line (where spaces mean nothing) changes no
/// value and keeps every line, column and character offset of the document. Lines inside a block scalar are skipped,
/// so content that happens to end in "|" is never taken for a header. The repair is applied only after YamlDotNet
/// has refused the document for this reason.
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
            if (Header(text, lineStart, contentEnd) is not { } header)
            {
                repaired?.Append(text, lineStart, next - lineStart);
                lineStart = next;
                continue;
            }

            // The run of lines made only of spaces after the header, then the first other line (or the end).
            var runEnd = next;
            var spaces = 0;
            var widest = 0;
            while (runEnd < text.Length && IsSpacesOnly(text, runEnd, EndOfLine(text, runEnd), out var count))
            {
                spaces += count;
                widest = Math.Max(widest, count);
                runEnd = NextLine(text, EndOfLine(text, runEnd));
            }

            var (parentIndent, detectsIndent) = header;
            var following = runEnd < text.Length ? Indent(text, runEnd) : -1;
            var isEmpty = following <= parentIndent;
            if (spaces > 0 && detectsIndent && (isEmpty || widest <= following))
            {
                repaired ??= new StringBuilder(text.Length).Append(text, 0, lineStart);
                repaired.Append(text, lineStart, contentEnd - lineStart).Append(' ', spaces);
                for (var i = contentEnd; i < runEnd; i++)
                {
                    if (text[i] != ' ') repaired.Append(text[i]);
                }
            }
            else
            {
                repaired?.Append(text, lineStart, runEnd - lineStart);
            }

            // The block's content: blank lines and lines indented past its key.
            lineStart = runEnd;
            while (lineStart < text.Length && (IsBlank(text, lineStart) || Indent(text, lineStart) > parentIndent))
            {
                var contentNext = NextLine(text, EndOfLine(text, lineStart));
                repaired?.Append(text, lineStart, contentNext - lineStart);
                lineStart = contentNext;
            }
        }

        return repaired?.ToString() ?? text;
    }

    /// <summary>
    /// For a block scalar header line, the indentation its content must exceed: the column of the key it is the
    /// value of, or of the <c>-</c> it is an item of (-1 at the top level); and whether the header lets the block
    /// detect its indentation, as all but those with an explicit one ("|2") do. Null for any other line.
    /// </summary>
    private static (int ParentIndent, bool DetectsIndent)? Header(string text, int start, int end)
    {
        var indicator = IndicatorStart(text, start, end);
        if (indicator < 0)
        {
            // "key: |+ # a comment": the header ends where the comment begins.
            var comment = text.IndexOf(" #", start, end - start, StringComparison.Ordinal);
            if (comment < 0 || (indicator = IndicatorStart(text, start, comment)) < 0) return null;
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

        if (text[column] == '#') return null;
        var detectsIndent = !(char.IsDigit(text[indicator + 1 < end ? indicator + 1 : indicator]) ||
                              indicator + 2 < end && char.IsDigit(text[indicator + 2]));
        return (column == indicator ? lastDash : column - start, detectsIndent);
    }

    /// <summary>
    /// Where the indicator ("|", "|+", ">2-") that ends the text, spaces aside, starts, when it follows a space or
    /// starts the line; -1 for none.
    /// </summary>
    private static int IndicatorStart(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\t') end--;
        var i = end;
        while (i > start && end - i < 2 && (text[i - 1] is '+' or '-' || char.IsDigit(text[i - 1]))) i--;
        if (i == start || text[i - 1] is not ('|' or '>')) return -1;
        return i - 1 == start || text[i - 2] is ' ' or '\t' ? i - 1 : -1;
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

    private static bool IsBlank(string text, int lineStart) => IsSpacesOnly(text, lineStart, EndOfLine(text, lineStart), out _);

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
