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
    public static string ToPascalCase(string? name)
    {
        var builder = new StringBuilder();
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

    /// <summary>Makes an identifier valid: not empty, not starting with a digit, not a keyword.</summary>
    public static string MakeValid(string identifier)
    {
        if (identifier.Length == 0) return "Value";
        if (!SyntaxFacts.IsIdentifierStartCharacter(identifier[0])) identifier = "_" + identifier;
        if (SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None)
        {
            identifier = "@" + identifier;
        }

        return identifier;
    }

    private static bool IsIdentifierPart(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber;
}
