using System.Text;

namespace CodeGen.Parsing;

/// <summary>
/// Strict JSON strings and literals, as <see cref="JsonEventParser"/> and <see cref="Nodes.JsonOutline"/> read them.
/// Whatever YAML would read differently (a lone surrogate escape, a raw line separator in a string) is declined with
/// <see cref="NotStrictJsonException"/>, so that YamlDotNet reads the text instead.
/// </summary>
internal static class JsonText
{
    [System.ThreadStatic]
    private static StringBuilder? t_unescaped;

    /// <summary>The string whose opening quote is at <paramref name="index"/>, unescaped; the index moves past its closing quote.</summary>
    public static string ReadString(string text, ref int index)
    {
        var contentStart = ++index;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '"')
            {
                var value = text.Substring(contentStart, index - contentStart);
                index++;
                return value;
            }

            if (c == '\\') return ReadEscapedString(text, ref index, contentStart);
            CheckStringChar(c);
            index++;
        }

        throw new NotStrictJsonException();
    }

    /// <summary>Moves past the string whose opening quote is at <paramref name="index"/>, checked as <see cref="ReadString"/> checks it, without making its text.</summary>
    public static void SkipString(string text, ref int index)
    {
        ++index;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '"')
            {
                index++;
                return;
            }

            if (c == '\\')
            {
                Unescape(text, ref index, into: null);
                return;
            }

            CheckStringChar(c);
            index++;
        }

        throw new NotStrictJsonException();
    }

    /// <summary>Moves past JSON whitespace, counting lines as YAML does (CR LF, CR or LF ends one).</summary>
    public static void SkipWhitespace(string text, ref int index, ref int line, ref int lineStart)
    {
        while (index < text.Length)
        {
            switch (text[index])
            {
                case ' ' or '\t':
                    index++;
                    break;
                case '\n':
                    index++;
                    line++;
                    lineStart = index;
                    break;
                case '\r':
                    index++;
                    if (index < text.Length && text[index] == '\n') index++;
                    line++;
                    lineStart = index;
                    break;
                default:
                    return;
            }
        }
    }

    /// <summary>JSON forbids raw control characters in strings; YAML would also break lines at these separators.</summary>
    public static void CheckStringChar(char c)
    {
        if (c < ' ' || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF') throw new NotStrictJsonException();
    }

    /// <summary>Where the literal (a number, true, false or null) starting at <paramref name="start"/> ends.</summary>
    public static int LiteralEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '+' or '.' or 'E') end++;
        return end;
    }

    /// <summary>
    /// The text of the literal from <paramref name="start"/> to <paramref name="end"/>: true, false and null as the
    /// one string each, which most literals of a spec are, and a number as a new string.
    /// </summary>
    public static string LiteralText(string text, int start, int end) =>
        Is(text, start, end, "true") ? "true" :
        Is(text, start, end, "false") ? "false" :
        Is(text, start, end, "null") ? "null" :
        text.Substring(start, end - start);

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> is true, false, null or a JSON number.</summary>
    public static bool IsLiteral(string text, int start, int end) =>
        Is(text, start, end, "true") || Is(text, start, end, "false") || Is(text, start, end, "null") || IsNumber(text, start, end);

    private static bool Is(string text, int start, int end, string word) =>
        end - start == word.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0;

    private static bool IsNumber(string s, int i, int end)
    {
        if (i < end && s[i] == '-') i++;
        if (i >= end || !IsDigit(s[i])) return false;
        if (s[i] == '0') i++;
        else while (i < end && IsDigit(s[i])) i++;
        if (i < end && s[i] == '.')
        {
            i++;
            if (i >= end || !IsDigit(s[i])) return false;
            while (i < end && IsDigit(s[i])) i++;
        }

        if (i < end && s[i] is 'e' or 'E')
        {
            i++;
            if (i < end && s[i] is '+' or '-') i++;
            if (i >= end || !IsDigit(s[i])) return false;
            while (i < end && IsDigit(s[i])) i++;
        }

        return i == end;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static string ReadEscapedString(string text, ref int index, int contentStart)
    {
        var unescaped = t_unescaped ??= new StringBuilder();
        unescaped.Clear().Append(text, contentStart, index - contentStart);
        Unescape(text, ref index, unescaped);
        return unescaped.ToString();
    }

    /// <summary>Reads the rest of a string, from its first escape to past its closing quote, appending its text to <paramref name="into"/> when given.</summary>
    private static void Unescape(string text, ref int index, StringBuilder? into)
    {
        while (index < text.Length)
        {
            var c = text[index++];
            if (c == '"') return;
            if (c != '\\')
            {
                CheckStringChar(c);
                into?.Append(c);
                continue;
            }

            if (index >= text.Length) break;
            var unescaped = text[index++] switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => ReadUnicodeEscape(text, ref index),
                _ => throw new NotStrictJsonException(),
            };
            into?.Append(unescaped);
        }

        throw new NotStrictJsonException();
    }

    private static char ReadUnicodeEscape(string text, ref int index)
    {
        if (index + 4 > text.Length) throw new NotStrictJsonException();
        var code = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(text[index++]);
            if (digit < 0) throw new NotStrictJsonException();
            code = code * 16 + digit;
        }

        // YAML reads a surrogate escape differently from JSON: leave such text to YamlDotNet.
        if (code is >= 0xD800 and <= 0xDFFF) throw new NotStrictJsonException();
        return (char)code;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
