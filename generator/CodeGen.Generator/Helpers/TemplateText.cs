using System;
using System.Text;

namespace CodeGen.Helpers;

/// <summary>
/// Fills the <c>{Name}</c> placeholders of a template in one pass. A chain of <c>string.Replace</c> copies the whole
/// template once per placeholder (half of what a cold run allocated, and on the large object heap for the largest
/// templates), and fills each placeholder in the values placed before it too, spec text included. Here a value is
/// placed as it is: a value that is a template itself is filled by the caller first.
/// </summary>
internal static class TemplateText
{
    /// <summary>Below the large object heap's threshold: a builder sized up front stays in the young generation.</summary>
    private const int MaxInitialCapacity = 32 * 1024;

    public static string Fill(string template, params (string Placeholder, string Value)[] values)
    {
        var text = new StringBuilder(Math.Min(template.Length + template.Length / 4, MaxInitialCapacity));
        var copied = 0;
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            foreach (var (placeholder, value) in values)
            {
                if (string.CompareOrdinal(template, open, placeholder, 0, placeholder.Length) != 0) continue;
                text.Append(template, copied, open - copied).Append(value);
                copied = open + placeholder.Length;
                open = copied - 1;
                break;
            }
        }

        return copied == 0 ? template : text.Append(template, copied, template.Length - copied).ToString();
    }
}
