using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Splits a big spec's operations into sub-clients: by their first tag, else by the first literal segment of their
/// path. A spec with fewer than <see cref="MinOperations"/> operations, or whose operations all fall in one group,
/// keeps one flat client.
/// </summary>
internal static class ClientGroups
{
    /// <summary>Below this many operations the root client has them all: a handful of methods reads better in one place.</summary>
    public const int MinOperations = 8;

    /// <summary>What groups an operation: a tag, or a path segment.</summary>
    internal readonly record struct Key(string Text, bool IsTag);

    /// <summary>The operation's first tag, else the first path segment that is not a parameter; null when it has neither.</summary>
    public static Key? KeyOf(YamlMappingNode operation, string path, DiagnosticBag diagnostics)
    {
        var tags = operation.Get("tags");
        if (tags is YamlSequenceNode sequence)
        {
            if (sequence.Children.FirstOrDefault() is YamlScalarNode { Value: { } tag } && tag.Trim().Length > 0) return new Key(tag.Trim(), true);
        }
        else if (tags is not null && !(tags is YamlScalarNode scalar && YamlNodes.IsNull(scalar)))
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, tags, "'tags' must be a list of tag names");
        }

        var segment = path.Split('/').FirstOrDefault(part => part.Length > 0 && !part.StartsWith("{", StringComparison.Ordinal));
        return segment is null ? null : new Key(segment, false);
    }

    /// <summary>
    /// The sub-clients, and the operations with their <see cref="OperationModel.Group"/> set; the operations
    /// unchanged and no sub-clients when the spec stays flat.
    /// </summary>
    public static (List<OperationModel> Operations, List<ClientGroupModel> Groups) Assign(List<OperationModel> operations, IReadOnlyDictionary<string, Key> keys, string clientName)
    {
        var distinct = operations.Where(o => keys.ContainsKey(o.Name)).Select(o => keys[o.Name]).Distinct().ToList();
        if (operations.Count < MinOperations || distinct.Count < 2) return (operations, new List<ClientGroupModel>());

        // The names a sub-client's property, class and interface may not take: the root client's own members.
        var names = new NameScope(GeneratedNames.ClientMembers);
        // A member, or a nested type, may not take the name of the type it is in.
        names.Reserve(clientName, "the client");
        names.Reserve(GeneratedNames.ClientInterface(clientName), "the client's interface");
        foreach (var operation in operations.Where(o => !keys.ContainsKey(o.Name))) names.Reserve(operation.Name + "Async", $"the operation {operation.Name}");
        var groups = new Dictionary<Key, ClientGroupModel>();
        foreach (var key in distinct) groups[key] = new ClientGroupModel(key.Text, key.IsTag, Claim(names, key));

        var grouped = operations.Select(o => keys.TryGetValue(o.Name, out var key) ? o with { Group = groups[key].PropertyName } : o).ToList();
        return (WithoutGroupPrefixes(grouped), distinct.Select(key => groups[key]).ToList());
    }

    /// <summary>
    /// Drops the group's name from the start of its operations' names (<c>IssuesCreate</c> is <c>Create</c> in
    /// <c>Issues</c>), for each sub-client where every method name, and the local functions the methods declare, stay
    /// distinct; another sub-client keeps the full names.
    /// </summary>
    private static List<OperationModel> WithoutGroupPrefixes(List<OperationModel> operations)
    {
        var shortened = operations.Select(o => o.Group is { } group && ShortName(o.Name, group) is { } name ? o with { ShortName = name } : o).ToList();
        var clashing = new HashSet<string?>(shortened.GroupBy(o => o.Group).Where(g => g.Key is not null && !AllDistinct(g)).Select(g => g.Key));
        return shortened.Select(o => clashing.Contains(o.Group) ? o with { ShortName = null } : o).ToList();
    }

    private static string? ShortName(string name, string group) =>
        name.Length > group.Length && name.StartsWith(group, StringComparison.Ordinal) && char.IsUpper(name[group.Length]) ? name.Substring(group.Length) : null;

    private static bool AllDistinct(IEnumerable<OperationModel> operations)
    {
        var names = new HashSet<string>(GeneratedNames.OperationLocalFunctions, StringComparer.OrdinalIgnoreCase);
        return operations.SelectMany(MethodNames).All(names.Add);
    }

    /// <summary>The names, without <c>Async</c>, of every method an operation has.</summary>
    private static IEnumerable<string> MethodNames(OperationModel operation)
    {
        var name = operation.MethodName;
        yield return name;
        yield return name + GeneratedNames.WithResponseSuffix;
        if (operation.Batch is not null) yield return name + GeneratedNames.InBatchesSuffix;
        if (operation.Paging is not { } paging) yield break;
        yield return Trim(GeneratedNames.PagesMethod(name));
        yield return Trim(GeneratedNames.AllItemsMethod(name));
        if (paging.Kind == PagingKind.NextLink) yield return Trim(GeneratedNames.NextPageMethod(name));
    }

    private static string Trim(string method) => method.Substring(0, method.Length - "Async".Length);

    /// <summary>The first property name, from the key, for which the class and interface names are free too.</summary>
    private static string Claim(NameScope names, Key key)
    {
        // A key of punctuation alone gives no name; one that starts with a digit gets a word before it.
        var preferred = key.Text.Any(char.IsLetterOrDigit) ? Identifiers.ToPascalCase(key.Text).TrimStart('@', '_') : "";
        preferred = preferred.Length == 0 || !char.IsLetter(preferred[0])
            ? (key.IsTag ? "Tag" : "Path") + preferred
            : char.ToUpperInvariant(preferred[0]) + preferred.Substring(1);
        var owner = key.IsTag ? $"the sub-client of the tag '{key.Text}'" : $"the sub-client of the path segment '{key.Text}'";
        for (var i = 1; ; i++)
        {
            var candidate = i == 1 ? preferred : preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var all = new[] { candidate, GeneratedNames.SubClient(candidate), GeneratedNames.SubClientInterface(candidate) };
            if (all.Any(name => names.OwnerOf(name) is not null)) continue;
            foreach (var name in all) names.Reserve(name, owner);
            return candidate;
        }
    }
}
