using System;
using System.Collections.Generic;
using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>
/// Hands out C# names that are unique within one scope (a namespace, or the members of a type). Names that differ
/// only in case count as equal, so generated files never clash on a case-insensitive disk and readers are not misled.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved) _taken.Add(name);
    }

    /// <summary>Claims <paramref name="preferred"/>, or the first free <c>preferred2</c>, <c>preferred3</c>, ….</summary>
    public string Claim(string preferred)
    {
        if (_taken.Add(preferred)) return preferred;
        for (var i = 2; ; i++)
        {
            var candidate = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate)) return candidate;
        }
    }

}
