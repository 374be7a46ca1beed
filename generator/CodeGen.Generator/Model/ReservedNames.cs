using System;
using System.Collections.Generic;

namespace CodeGen.Model;

/// <summary>Names the generator declares in every scope of one kind, such as the locals of every operation method.</summary>
internal sealed class ReservedNames
{
    private readonly HashSet<string> _names;

    public ReservedNames(IEnumerable<string> names) => _names = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);

    public bool Contains(string name) => _names.Contains(name);
}
