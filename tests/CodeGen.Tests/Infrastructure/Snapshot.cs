using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Sdk;

namespace CodeGen.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots: each generated file is compared with <c>NAME.verified.cs</c> beside the tests. A mismatch
/// writes <c>NAME.received.cs</c> and fails with a diff; set <c>CODEGEN_ACCEPT_SNAPSHOTS=1</c> to approve new output.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CODEGEN_ACCEPT_SNAPSHOTS";

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    /// <summary>Checks a whole set of files (hint name → source) against one snapshot folder.</summary>
    public static void Verify(string folder, IReadOnlyDictionary<string, string> files)
    {
        var directory = Path.Combine(RepoPaths.Snapshots, folder);
        Directory.CreateDirectory(directory);
        foreach (var stale in Directory.GetFiles(directory, "*.received.cs")) File.Delete(stale);

        var failures = new StringBuilder();
        var expectedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (hintName, source) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var baseName = hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName[..^".g.cs".Length] : hintName;
            var verified = Path.Combine(directory, baseName + ".verified.cs");
            expectedNames.Add(Path.GetFileName(verified));
            var actual = Normalize(source);
            if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == actual) continue;
            if (Accepting)
            {
                File.WriteAllText(verified, actual);
                continue;
            }

            var received = Path.Combine(directory, baseName + ".received.cs");
            File.WriteAllText(received, actual);
            failures.AppendLine(File.Exists(verified)
                ? $"{hintName} differs from {Relative(verified)} (new output in {Relative(received)}):\n{Diff(File.ReadAllText(verified), actual)}"
                : $"{hintName} has no approved snapshot yet; review {Relative(received)}.");
        }

        foreach (var orphan in Directory.GetFiles(directory, "*.verified.cs").Where(f => !expectedNames.Contains(Path.GetFileName(f))))
        {
            if (Accepting) File.Delete(orphan);
            else failures.AppendLine($"{Relative(orphan)} is approved but the generator no longer emits it.");
        }

        if (failures.Length > 0)
        {
            throw new XunitException($"Snapshot mismatch. If the change is intended, run the tests with {AcceptVariable}=1 and commit the updated *.verified.cs files.\n{failures}");
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');

    private static string Relative(string path) => Path.GetRelativePath(RepoPaths.Root, path);

    /// <summary>A compact line diff: the first differing lines with a little context.</summary>
    internal static string Diff(string expected, string actual)
    {
        var left = Normalize(expected).Split('\n');
        var right = Normalize(actual).Split('\n');
        var prefix = 0;
        while (prefix < left.Length && prefix < right.Length && left[prefix] == right[prefix]) prefix++;
        var suffix = 0;
        while (suffix < left.Length - prefix && suffix < right.Length - prefix && left[^(suffix + 1)] == right[^(suffix + 1)]) suffix++;

        var builder = new StringBuilder();
        builder.AppendLine($"@@ line {prefix + 1} @@");
        for (var i = Math.Max(0, prefix - 2); i < prefix; i++) builder.AppendLine("  " + left[i]);
        foreach (var line in left.Skip(prefix).Take(Math.Min(20, left.Length - prefix - suffix))) builder.AppendLine("- " + line);
        foreach (var line in right.Skip(prefix).Take(Math.Min(20, right.Length - prefix - suffix))) builder.AppendLine("+ " + line);
        return builder.ToString();
    }
}
