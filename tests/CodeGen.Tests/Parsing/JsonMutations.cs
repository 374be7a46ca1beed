using System;
using System.Text.RegularExpressions;

namespace CodeGen.Tests.Parsing;

/// <summary>
/// Small edits to JSON text aimed at what a JSON reader must get right: its punctuation, escapes, literals, line
/// ends, keys written twice and nesting past the depth limit.
/// </summary>
internal static class JsonMutations
{
    private static readonly string[] Pieces =
    {
        "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\u00e9", "\\ud83d", "\\n", "\\x", "0", "01", "-", "+", ".",
        "e", "E", "1e5", "-0.5", "true", "tru", "null", "nul", "false", " ", "\n", "\r", "\r\n", "\t", "\u2028", "\u0085",
        "\uFEFF", "\u0001", "#", "'", "{}", "[]", "\"k\": 1, ", ", \"k\": 1",
    };

    private static readonly Regex Key = new("\"([^\"\\\\]{1,20})\"\\s*:", RegexOptions.CultureInvariant);

    public static string Apply(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(6))
        {
            case 0:
                return text.Insert(at, Pieces[random.Next(Pieces.Length)]);
            case 1:
                return at < text.Length ? text.Remove(at, Math.Min(1 + random.Next(3), text.Length - at)) : text;
            case 2:
                return at < text.Length ? text.Remove(at, 1).Insert(at, Pieces[random.Next(Pieces.Length)]) : text;
            case 3:
                return WriteAKeyTwice(text, random);
            case 4:
                return Nest(text, at, random);
            default:
                // A key spelled with an escape: the same key to a JSON reader, a different text to a byte comparison.
                var key = Key.Match(text, at < text.Length ? at : 0);
                return key.Success && key.Groups[1].Value.Length > 0
                    ? text.Remove(key.Groups[1].Index, 1).Insert(key.Groups[1].Index, $"\\u{(int)key.Groups[1].Value[0]:x4}")
                    : text;
        }
    }

    /// <summary>Repeats a key after itself in its object, with a value of its own.</summary>
    private static string WriteAKeyTwice(string text, Random random)
    {
        var key = Key.Match(text, random.Next(text.Length));
        return key.Success ? text.Insert(key.Index, $"\"{key.Groups[1].Value}\": {random.Next(10)}, ") : text;
    }

    /// <summary>Puts nested arrays, sometimes past the depth limit, before a value, under a key of their own.</summary>
    private static string Nest(string text, int at, Random random)
    {
        var colon = text.IndexOf(':', Math.Min(at, text.Length));
        if (colon < 0) return text;
        var depth = random.Next(2) == 0 ? random.Next(1, 10) : random.Next(250, 300);
        return text.Insert(colon + 1, $" {new string('[', depth)}1{new string(']', depth)}, \"nested{random.Next()}\":");
    }
}
