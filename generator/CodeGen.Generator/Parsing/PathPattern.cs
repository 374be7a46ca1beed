using System;

namespace CodeGen.Parsing;

/// <summary>
/// Path patterns of an operation selection, matched segment by segment against the spec's path as written:
/// <c>*</c> stands for any text within one segment (<c>/users/*</c>, <c>/repos/*/*/issues</c>), a <c>**</c> segment
/// for any number of segments, none included (<c>/repos/{owner}/{repo}/issues/**</c> keeps <c>…/issues</c> and all
/// beneath it). Other characters compare ordinally; a trailing slash is ignored.
/// </summary>
internal static class PathPattern
{
    public static bool Matches(string pattern, string path)
    {
        var patternSegments = Segments(pattern);
        var pathSegments = Segments(path);

        // matched[j]: the pattern segments read so far match the first j path segments (iterative, so no input can nest it).
        var matched = new bool[pathSegments.Length + 1];
        matched[0] = true;
        foreach (var segment in patternSegments)
        {
            var next = new bool[pathSegments.Length + 1];
            if (segment == "**")
            {
                var reachable = false;
                for (var j = 0; j <= pathSegments.Length; j++) next[j] = reachable |= matched[j];
            }
            else
            {
                for (var j = 1; j <= pathSegments.Length; j++) next[j] = matched[j - 1] && SegmentMatches(segment, pathSegments[j - 1]);
            }

            matched = next;
        }

        return matched[pathSegments.Length];
    }

    private static string[] Segments(string path) => path.Trim().Trim('/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A segment with <c>*</c> wildcards against one path segment (greedy with backtracking to the last star).</summary>
    private static bool SegmentMatches(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
