using CodeGen.Model;

namespace CodeGen.Cli.Diff;

/// <summary>
/// Compares the models the generator builds from two versions of a spec. What is compared is the generated C#, so a
/// change counts as breaking when code written against the old types may stop compiling.
/// </summary>
internal static class SpecComparer
{
    public static IReadOnlyList<SpecChange> Compare(ApiModel before, ApiModel after)
    {
        var changes = new List<SpecChange>();
        changes.AddRange(OperationChanges.Between(before.Operations, after.Operations));
        changes.AddRange(ObjectChanges.Between(before.Objects, after.Objects));
        changes.AddRange(EnumChanges.Between(before.Enums, after.Enums));
        return changes;
    }

    /// <summary>
    /// Pairs items by key: <paramref name="removed"/> for those only in <paramref name="before"/>, <paramref name="added"/>
    /// for those only in <paramref name="after"/>, <paramref name="kept"/> for those in both, in spec order.
    /// </summary>
    public static IEnumerable<SpecChange> Match<T>(
        IEnumerable<T> before,
        IEnumerable<T> after,
        Func<T, string> key,
        Func<T, SpecChange> removed,
        Func<T, SpecChange> added,
        Func<T, T, IEnumerable<SpecChange>> kept)
    {
        var afterList = after.ToList();
        var afterByKey = afterList.ToDictionary(key, StringComparer.Ordinal);
        var beforeKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var old in before)
        {
            beforeKeys.Add(key(old));
            if (!afterByKey.TryGetValue(key(old), out var current))
            {
                yield return removed(old);
                continue;
            }

            foreach (var change in kept(old, current)) yield return change;
        }

        foreach (var current in afterList.Where(item => !beforeKeys.Contains(key(item))))
        {
            yield return added(current);
        }
    }
}
