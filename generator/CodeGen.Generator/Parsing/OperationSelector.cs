using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Applies an <see cref="OperationSelection"/> to a freshly read document before anything is mapped, so the
/// operations it leaves out, and the schemas only they use, cost no more than their parsing.
/// </summary>
internal static class OperationSelector
{
    private const string AppliedAsWritten = "the selection is applied as written";

    /// <summary>
    /// Removes the operations the selection leaves out from the document's <c>paths</c> (and the path items left
    /// without operations), reports each entry that matches no operation, and returns the names of the component
    /// schemas the kept operations reach; null when the selection keeps everything.
    /// </summary>
    public static ISet<string>? Apply(YamlMappingNode root, OperationSelection selection, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (selection.IsAll) return null;

        var operations = Operations(root).ToList();
        var entries = Entries(selection).ToList();
        var matched = new HashSet<SelectionEntry>();
        foreach (var operation in operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var entry in entries)
            {
                if (!matched.Contains(entry) && entry.Matches(operation.Key)) matched.Add(entry);
            }

            if (!selection.Keeps(operation.Key)) operation.PathItem.Remove(operation.MethodKey);
        }

        if (root.GetMapping("paths") is { } paths)
        {
            foreach (var emptied in paths.Children.Where(pair => pair.Value is YamlMappingNode item && !HasOperation(item)).Select(pair => pair.Key).ToList())
            {
                paths.Remove(emptied);
            }
        }

        foreach (var entry in entries.Where(entry => !matched.Contains(entry)))
        {
            diagnostics.Report(DiagnosticDescriptors.SelectionMatchesNothing, (YamlNode?)null, entry.Describe(), Hint(entry, operations));
        }

        return ReachableSchemas.From(root, cancellationToken);
    }

    private static bool HasOperation(YamlMappingNode pathItem) => OperationReader.HttpMethods.Any(method => pathItem.Get(method) is YamlMappingNode);

    private static IEnumerable<SpecOperation> Operations(YamlMappingNode root)
    {
        if (root.GetMapping("paths") is not { } paths) yield break;
        foreach (var pathEntry in paths.Entries())
        {
            if (pathEntry.Value is not YamlMappingNode pathItem) continue;
            foreach (var pair in pathItem.Children.ToList())
            {
                if (pair.Key is not YamlScalarNode { Value: { } method } || !OperationReader.HttpMethods.Contains(method) || pair.Value is not YamlMappingNode operation) continue;
                var tags = operation.GetSequence("tags")?.Children.OfType<YamlScalarNode>().Select(tag => tag.Value ?? "").ToEquatableArray() ?? EquatableArray<string>.Empty;
                yield return new SpecOperation(new OperationKey(pathEntry.Key, operation.GetString("operationId"), tags), pathItem, pair.Key);
            }
        }
    }

    private static IEnumerable<SelectionEntry> Entries(OperationSelection selection) =>
        selection.IncludeTags.Select(value => new SelectionEntry(SelectionKind.Tag, nameof(selection.IncludeTags), value))
            .Concat(selection.IncludePaths.Select(value => new SelectionEntry(SelectionKind.Path, nameof(selection.IncludePaths), value)))
            .Concat(selection.IncludeOperations.Select(value => new SelectionEntry(SelectionKind.OperationId, nameof(selection.IncludeOperations), value)))
            .Concat(selection.ExcludeTags.Select(value => new SelectionEntry(SelectionKind.Tag, nameof(selection.ExcludeTags), value)))
            .Concat(selection.ExcludePaths.Select(value => new SelectionEntry(SelectionKind.Path, nameof(selection.ExcludePaths), value)))
            .Concat(selection.ExcludeOperations.Select(value => new SelectionEntry(SelectionKind.OperationId, nameof(selection.ExcludeOperations), value)));

    /// <summary>The name the entry was probably meant to be, among the spec's tags or operationIds.</summary>
    private static string Hint(SelectionEntry entry, IReadOnlyList<SpecOperation> operations)
    {
        var candidates = entry.Kind switch
        {
            SelectionKind.Tag => operations.SelectMany(operation => operation.Key.Tags),
            SelectionKind.OperationId => operations.Select(operation => operation.Key.OperationId).OfType<string>(),
            _ => Enumerable.Empty<string>(),
        };
        return KeywordSuggestion.NearestKeyword(entry.Value, candidates.Distinct()) is { } nearest
            ? $"{AppliedAsWritten} (did you mean '{nearest}'?)"
            : AppliedAsWritten;
    }

    private sealed record SpecOperation(OperationKey Key, YamlMappingNode PathItem, YamlNode MethodKey);

    private enum SelectionKind
    {
        Tag,
        Path,
        OperationId,
    }

    private sealed record SelectionEntry(SelectionKind Kind, string Setting, string Value)
    {
        public bool Matches(OperationKey operation) => Kind switch
        {
            SelectionKind.Tag => operation.HasTag(Value),
            SelectionKind.Path => PathPattern.Matches(Value, operation.Path),
            _ => operation.HasOperationId(Value),
        };

        public string Describe() => Kind switch
        {
            SelectionKind.Tag => $"The tag '{Value}' in {Setting}",
            SelectionKind.Path => $"The path pattern '{Value}' in {Setting}",
            _ => $"The operationId '{Value}' in {Setting}",
        };
    }
}
