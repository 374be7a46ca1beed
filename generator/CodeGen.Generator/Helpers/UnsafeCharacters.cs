using System.Text;

namespace CodeGen.Helpers;

/// <summary>
/// The characters of spec text that must never reach generated source or a terminal as they are: everything C# treats
/// as the end of a line (a line break inside a <c>//</c> or <c>///</c> comment turns the rest of the text into code),
/// control characters (a terminal acts on ESC sequences; XML forbids most of them), the bidirectional overrides that
/// make code read differently from how it compiles, and unpaired surrogates.
/// </summary>
internal static class UnsafeCharacters
{
    /// <summary>The line terminators of the C# specification (§6.3.2), CR LF counting as one.</summary>
    public static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>True for a character that may not appear in generated comments or diagnostics as it is.</summary>
    public static bool IsUnsafe(char c) =>
        IsLineBreak(c) || char.IsControl(c) || IsBidiControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';

    /// <summary>LRM, RLM, ALM and the embedding, override and isolate controls (the "Trojan Source" characters).</summary>
    public static bool IsBidiControl(char c) =>
        c is '\u200E' or '\u200F' or '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>
    /// Writes every unsafe character as a visible <c>\uXXXX</c> escape and leaves the rest untouched; well-formed
    /// surrogate pairs are kept. For text shown to a person: diagnostics and exception messages.
    /// </summary>
    public static string EscapeForDisplay(string text)
    {
        if (!ContainsUnsafe(text)) return text;
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <see cref="EscapeForDisplay"/> would change <paramref name="text"/>.</summary>
    public static bool ContainsUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsUnsafe(c)) return true;
        }

        return false;
    }
}
