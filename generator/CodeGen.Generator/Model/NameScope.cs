using System;
using System.Collections.Generic;
using System.Globalization;

namespace CodeGen.Model;

/// <summary>
/// Hands out C# names that are unique within one scope (a namespace, or the members of a type). Names that differ
/// only in case count as equal, so generated files never clash on a case-insensitive disk and readers are not misled.
/// Each name remembers what holds it, so a rename can say what it gave way to.
/// </summary>
internal sealed class NameScope
{
    /// <summary>What holds each name; null for a member the generator declares, described when asked.</summary>
    private readonly Dictionary<string, string?> _owners = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Members the generator declares in every scope of a kind, kept once for all of them.</summary>
    private readonly ReservedNames? _generated;

    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            if (!_owners.ContainsKey(name)) _owners[name] = null;
        }
    }

    /// <summary>A scope of a kind there are many of (one per operation), whose generated members are shared.</summary>
    public NameScope(ReservedNames generated) => _generated = generated;

    /// <summary>Takes <paramref name="name"/> for something the generator declares itself.</summary>
    public void Reserve(string name, string owner)
    {
        if (!IsTaken(name)) _owners[name] = owner;
    }

    /// <summary>What holds <paramref name="name"/> (<c>"the schema 'Task'"</c>), or null when it is free.</summary>
    public string? OwnerOf(string name) =>
        _owners.TryGetValue(name, out var owner) ? owner ?? GeneratedMember(name) :
        _generated?.Contains(name) == true ? GeneratedMember(name) : null;

    private bool IsTaken(string name) => _owners.ContainsKey(name) || _generated?.Contains(name) == true;

    private static string GeneratedMember(string name) => $"the generated member '{name}'";

    /// <summary>Claims <paramref name="preferred"/>, or the first free <c>preferred2</c>, <c>preferred3</c>, ….</summary>
    public string Claim(string preferred, string? owner = null) => ClaimWith(preferred, owner, companionSuffix: null);

    /// <summary>
    /// Claims a name together with a companion the generator derives from it (an enum and its <c>…Extensions</c>
    /// class): the first candidate for which both are free.
    /// </summary>
    public string ClaimWith(string preferred, string? owner, string? companionSuffix)
    {
        for (var i = 1; ; i++)
        {
            var candidate = i == 1 ? preferred : preferred + i.ToString(CultureInfo.InvariantCulture);
            if (IsTaken(candidate) || (companionSuffix is not null && IsTaken(candidate + companionSuffix))) continue;
            var description = owner ?? $"'{candidate}'";
            _owners[candidate] = description;
            if (companionSuffix is not null) _owners[candidate + companionSuffix] = $"the generated type '{candidate + companionSuffix}' of {description}";
            return candidate;
        }
    }

    /// <summary>Gives back a name claimed for something that is not declared after all (and its companion).</summary>
    public void Release(string name, string? companionSuffix = null)
    {
        _owners.Remove(name);
        if (companionSuffix is not null) _owners.Remove(name + companionSuffix);
    }
}
