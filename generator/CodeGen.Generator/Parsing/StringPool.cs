namespace CodeGen.Parsing;

/// <summary>
/// One string for each distinct short piece of a document's text: keys and common values (<c>type</c>,
/// <c>string</c>, <c>description</c>, <c>#/components/schemas/…</c>) repeat thousands of times in a large spec, and
/// every copy would otherwise be allocated and kept for as long as the document. The work per lookup is bounded, so
/// text crafted to collide costs a copy, never a long search.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer text (descriptions, examples) rarely repeats: it is copied as it is.</summary>
    private const int MaxPooledLength = 64;

    private const int MaxProbes = 8;

    private const int MaxEntries = 1 << 16;

    private string?[] _slots;
    private int _count;

    /// <param name="textLength">The length of the text read, from which the table is sized to grow seldom, if ever.</param>
    public StringPool(int textLength = 0)
    {
        var size = 1024;
        while (size < 2 * MaxEntries && size < textLength / 32) size *= 2;
        _slots = new string?[size];
    }

    /// <summary>The text of <paramref name="length"/> characters at <paramref name="start"/>, shared with earlier equal text.</summary>
    public string Get(string text, int start, int length)
    {
        if (length == 0) return "";
        if (length > MaxPooledLength) return text.Substring(start, length);

        var mask = _slots.Length - 1;
        var slot = Hash(text, start, length) & mask;
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            var candidate = _slots[slot];
            if (candidate is null)
            {
                var added = text.Substring(start, length);
                if (_count < MaxEntries)
                {
                    _slots[slot] = added;
                    if (++_count * 2 > _slots.Length) Grow();
                }

                return added;
            }

            if (candidate.Length == length && string.CompareOrdinal(candidate, 0, text, start, length) == 0) return candidate;
            slot = (slot + 1) & mask;
        }

        return text.Substring(start, length);
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a over the characters.
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++) hash = (hash ^ text[i]) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry is null) continue;
            var slot = Hash(entry, 0, entry.Length) & mask;
            for (var probe = 0; probe < MaxProbes && _slots[slot] is not null; probe++) slot = (slot + 1) & mask;
            if (_slots[slot] is null) _slots[slot] = entry;
            else _count--;
        }
    }
}
