using System;
using System.Collections.Generic;
using CodeGen.Helpers;

namespace CodeGen.Parsing;

/// <summary>The files a spec's <c>$ref</c>s lead to, directly and through one another.</summary>
internal static class ReferenceClosure
{
    /// <summary>At most this many files are followed from one spec.</summary>
    public const int MaxFiles = 256;

    /// <summary>
    /// Every file reachable from <paramref name="spec"/> that <paramref name="find"/> knows (by normalized path),
    /// in order of discovery; the spec itself is left out. Files it does not know are left for the reader to report.
    /// </summary>
    public static EquatableArray<ReferencedFile> Collect(ReferableFile spec, Func<string, ReferableFile?> find)
    {
        var seen = new HashSet<string>(SpecPaths.Comparer) { spec.Key };
        var pending = new Queue<ReferableFile>();
        pending.Enqueue(spec);
        var found = new List<ReferencedFile>();
        while (pending.Count > 0)
        {
            foreach (var reference in pending.Dequeue().References)
            {
                if (found.Count == MaxFiles || !seen.Add(reference) || find(reference) is not { } file) continue;
                found.Add(new ReferencedFile(file.Path, file.Text));
                pending.Enqueue(file);
            }
        }

        return found.ToEquatableArray();
    }
}
