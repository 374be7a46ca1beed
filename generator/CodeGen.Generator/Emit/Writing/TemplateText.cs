using System.Text;

namespace CodeGen.Emit;

/// <summary>
/// Fills the <c>{Name}</c> placeholders of an emitter's template in one pass. A chain of <c>string.Replace</c> copies
/// the whole template once per placeholder, and a template of tens of thousands of characters lands each copy on the
/// large object heap, which only the most expensive collections reclaim.
/// </summary>
internal static class TemplateText
{
    /// <summary>Templates placed in a template are filled too, this many levels deep.</summary>
    private const int MaxNesting = 4;

    /// <summary>The template with each placeholder replaced by its value; a value is filled with the same placeholders.</summary>
    public static string Fill(string template, params (string Placeholder, string Value)[] values)
    {
        // Grown chunk by chunk rather than sized up front: one large buffer would be on the large object heap too.
        var text = new StringBuilder();
        Append(text, template, values, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string template, (string Placeholder, string Value)[] values, int nesting)
    {
        var copied = 0;
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            foreach (var (placeholder, value) in values)
            {
                if (string.CompareOrdinal(template, open, placeholder, 0, placeholder.Length) != 0) continue;
                text.Append(template, copied, open - copied);
                if (nesting < MaxNesting) Append(text, value, values, nesting + 1);
                else text.Append(value);
                copied = open + placeholder.Length;
                open = copied - 1;
                break;
            }
        }

        text.Append(template, copied, template.Length - copied);
    }
}
