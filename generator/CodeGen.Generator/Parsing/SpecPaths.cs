using System;
using System.Collections.Generic;
using System.IO;

namespace CodeGen.Parsing;

/// <summary>
/// File paths as the references between spec files use them, worked out on the strings alone: a generator may not
/// touch the disk, and the paths MSBuild hands over are already absolute.
/// </summary>
internal static class SpecPaths
{
    /// <summary>How paths compare on this machine: Windows file names ignore case.</summary>
    public static readonly StringComparer Comparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The path that <paramref name="relative"/> names from the folder of <paramref name="fromFile"/>, with '.' and '..' worked out.</summary>
    public static string Resolve(string fromFile, string relative)
    {
        var combined = IsRooted(relative) ? relative : DirectoryOf(fromFile) + "/" + relative;
        return Normalize(combined);
    }

    /// <summary>Separators made '/', '.' and '..' segments removed ('..' never climbs above the root).</summary>
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rootLength = RootLength(unified);
        var segments = new List<string>();
        foreach (var segment in unified.Substring(rootLength).Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..") segments.RemoveAt(segments.Count - 1);
            else if (segment != ".." || rootLength == 0) segments.Add(segment);
        }

        return unified.Substring(0, rootLength) + string.Join("/", segments);
    }

    /// <summary>The path of <paramref name="target"/> as seen from <paramref name="fromDirectory"/>, with '/' separators.</summary>
    public static string Relative(string fromDirectory, string target)
    {
        var from = Normalize(fromDirectory).TrimEnd('/').Split('/');
        var to = Normalize(target).Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length && Comparer.Equals(from[common], to[common])) common++;
        if (common == 0 && IsRooted(target)) return Normalize(target);
        var parts = new List<string>();
        for (var i = common; i < from.Length; i++)
        {
            if (from[i].Length > 0) parts.Add("..");
        }

        for (var i = common; i < to.Length; i++) parts.Add(to[i]);
        return string.Join("/", parts);
    }

    public static string DirectoryOf(string file)
    {
        var unified = file.Replace('\\', '/');
        var slash = unified.LastIndexOf('/');
        return slash < 0 ? "." : unified.Substring(0, Math.Max(slash, RootLength(unified)));
    }

    /// <summary>The file's name without its folder or extension, such as <c>common-schemas</c>.</summary>
    public static string Stem(string file)
    {
        var name = file.Substring(file.Replace('\\', '/').LastIndexOf('/') + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    private static bool IsRooted(string path) => RootLength(path.Replace('\\', '/')) > 0;

    /// <summary>The length of '/', 'C:/' or '//server/share/' at the start.</summary>
    private static int RootLength(string unified)
    {
        if (unified.Length >= 2 && unified[1] == ':' && char.IsLetter(unified[0])) return unified.Length > 2 && unified[2] == '/' ? 3 : 2;
        if (unified.StartsWith("//", StringComparison.Ordinal))
        {
            var share = unified.IndexOf('/', 2);
            var end = share < 0 ? -1 : unified.IndexOf('/', share + 1);
            return end < 0 ? unified.Length : end + 1;
        }

        return unified.StartsWith("/", StringComparison.Ordinal) ? 1 : 0;
    }
}
