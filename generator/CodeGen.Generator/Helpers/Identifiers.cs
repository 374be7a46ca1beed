using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Helpers;

/// <summary>Turns names from a spec into valid, readable C# identifiers. The only place that does.</summary>
internal static class Identifiers
{
    /// <summary>
    /// <c>dueAfterSeconds</c> → <c>DueAfterSeconds</c>, <c>x-api-key</c> → <c>XApiKey</c>,
    /// <c>2021-07-28</c> → <c>_2021_07_28</c>, <c>class</c> → <c>Class</c>, an empty name → <c>Value</c>.
    /// </summary>
    [System.ThreadStatic]
    private static StringBuilder? t_builder;

    public static string ToPascalCase(string? name)
    {
        var builder = (t_builder ??= new StringBuilder()).Clear();
        var startOfWord = true;
        var previousWasDigit = false;
        foreach (var c in name ?? "")
        {
            if (!IsIdentifierPart(c))
            {
                startOfWord = true;
                continue;
            }

            var isDigit = char.IsDigit(c);
            if (startOfWord && isDigit && previousWasDigit) builder.Append('_');
            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
            previousWasDigit = isDigit;
        }

        return MakeValid(builder.ToString());
    }

    /// <summary>
    /// The longest identifier made from a spec's names. Longer ones are shortened (<see cref="Shorten"/>), so class
    /// names built from a parent's name and a property's stay bounded however deep the schemas nest.
    /// </summary>
    public const int MaxLength = 128;

    private const int HashLength = 8;

    /// <summary>Makes an identifier valid: not empty, not starting with a digit, not a keyword, not longer than <see cref="MaxLength"/>.</summary>
    public static string MakeValid(string identifier)
    {
        if (identifier.Length == 0) return "Value";
        if (!SyntaxFacts.IsIdentifierStartCharacter(identifier[0])) identifier = "_" + identifier;
        identifier = Shorten(identifier, MaxLength);
        if (SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None)
        {
            identifier = "@" + identifier;
        }

        return identifier;
    }

    /// <summary>
    /// <paramref name="text"/> if it fits in <paramref name="maxLength"/>, else a readable prefix, <c>_</c> and a stable
    /// hash of the whole text, so two long names that share a prefix stay apart and the result is the same on every build.
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var keep = maxLength - HashLength - 1;
        // Never split a surrogate pair.
        if (char.IsHighSurrogate(text[keep - 1])) keep--;
        return text.Substring(0, keep) + "_" + StableHash.Fnv1aHex(text);
    }

    private static bool IsIdentifierPart(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber;
}
