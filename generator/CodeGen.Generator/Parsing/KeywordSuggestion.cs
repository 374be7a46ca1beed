using System;
using System.Collections.Generic;

namespace CodeGen.Parsing;

/// <summary>
/// Finds the keyword an unknown key was probably meant to be: the nearest by Damerau-Levenshtein distance (optimal
/// string alignment, ignoring case), close enough that the key reads as a slip of the keyboard rather than a name of
/// its own. Short keywords allow fewer edits: two edits turn "in" into almost anything.
/// </summary>
internal static class KeywordSuggestion
{
    /// <summary>The keyword <paramref name="key"/> is a near miss of, or null when it is none's.</summary>
    public static string? NearestKeyword(string key, IEnumerable<string> keywords)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var keyword in keywords)
        {
            var allowed = AllowedEdits(keyword);
            if (allowed < 0 || Math.Abs(keyword.Length - key.Length) > allowed) continue;
            var distance = Distance(key, keyword);
            if (distance <= allowed && distance < bestDistance)
            {
                best = keyword;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Edits a key may be away from <paramref name="keyword"/> to count as a misspelling of it (-1: none, not even case).</summary>
    internal static int AllowedEdits(string keyword) => keyword.Length switch
    {
        < 3 => -1,
        < 6 => 1,
        _ => 2,
    };

    /// <summary>
    /// The optimal string alignment distance, ignoring case: insertions, deletions, substitutions and swaps of two
    /// neighbours. A key differing only in case is at distance 0 and still a near miss, since keywords are case-sensitive.
    /// </summary>
    internal static int Distance(string a, string b)
    {
        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2]) &&
                    char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    best = Math.Min(best, previousPrevious[j - 2] + 1);
                }

                current[j] = best;
            }

            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }

        return previous[b.Length];
    }
}
