using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// OpenAPI 3.0 ignores keywords beside a <c>$ref</c>, so specs copy a component to add <c>nullable: true</c>
/// (GitHub's <c>nullable-simple-user</c> beside <c>simple-user</c>). Such a copy, of the same generated shape as a
/// component that is not nullable (<see cref="SharedInlineTypes.ShapeOf(ObjectModel)"/>: its own name, title and
/// description aside), is not a type of its own: its uses are that component's type, nullable.
/// </summary>
internal static class NullableTwins
{
    /// <summary>Beyond these, two schemas are not compared further and count as different.</summary>
    private const int MaxComparedNodes = 100_000;

    private static readonly HashSet<string> TypeLevelKeys = new(StringComparer.Ordinal) { "nullable", "type", "title", "description", "example", "examples" };

    /// <summary>The nullable components to fold, each into the first component (in document order) of its shape that is not nullable.</summary>
    public static FoldedTypes Find(IReadOnlyList<MappedComponent> components, List<ObjectModel> objects, List<EnumModel> enums, List<UnionModel> unions)
    {
        var owned = components.Where(c => c.Schema.Type.Kind is TypeKind.Object or TypeKind.Enum or TypeKind.Union && c.Schema.Type.Name == c.TypeName).ToList();
        if (!owned.Any(c => c.Schema.IsNullable)) return FoldedTypes.None;

        var names = new HashSet<string>(owned.Select(c => c.TypeName), StringComparer.Ordinal);
        var shapes = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var model in objects.Where(m => names.Contains(m.Name))) shapes[model.Name] = SharedInlineTypes.ShapeOf(model);
        foreach (var model in enums.Where(m => names.Contains(m.Name))) shapes[model.Name] = SharedInlineTypes.ShapeOf(model);
        foreach (var model in unions.Where(m => names.Contains(m.Name))) shapes[model.Name] = SharedInlineTypes.ShapeOf(model);

        var twins = new Dictionary<object, string>();
        foreach (var component in owned.Where(c => !c.Schema.IsNullable))
        {
            if (shapes.TryGetValue(component.TypeName, out var shape) && !twins.ContainsKey(shape)) twins.Add(shape, component.TypeName);
        }

        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in owned.Where(c => c.Schema.IsNullable))
        {
            if (!shapes.TryGetValue(component.TypeName, out var shape) || !twins.TryGetValue(shape, out var twin)) continue;
            // A union offering both as alternatives would offer one type twice.
            if (unions.Any(union => OffersBoth(union, component.TypeName, twin))) continue;
            into[component.TypeName] = twin;
            paths.Add(component.SchemaPath);
        }

        return new FoldedTypes(into, paths);
    }

    /// <summary>
    /// Adds to an operation selection's components the twins of the nullable ones it reaches, so a selection that
    /// reaches only the copy generates the same type, under the same name, as the whole spec.
    /// </summary>
    public static ISet<string> WithTwinCandidates(YamlMappingNode componentSchemas, ISet<string> selected)
    {
        var nullable = selected.Select(name => componentSchemas.Get(name)).OfType<YamlMappingNode>().Where(IsMarkedNullable).ToList();
        if (nullable.Count == 0) return selected;

        var withTwins = new HashSet<string>(selected, StringComparer.Ordinal);
        var budget = new[] { MaxComparedNodes };
        foreach (var entry in componentSchemas.Entries())
        {
            if (selected.Contains(entry.Key) || entry.Value is not YamlMappingNode candidate || IsMarkedNullable(candidate)) continue;
            if (nullable.Any(copy => SameBesideTypeLevelKeys(copy, candidate, budget))) withTwins.Add(entry.Key);
        }

        return withTwins;
    }

    /// <summary>The schema allows null itself: <c>nullable: true</c>, or (OpenAPI 3.1) <c>"null"</c> among its types.</summary>
    public static bool IsMarkedNullable(YamlNode node) =>
        node is YamlMappingNode schema && (schema.GetBoolean("nullable") ||
            schema.Get("type") is YamlSequenceNode types && types.Children.Any(type => type is YamlScalarNode { Value: "null" }));

    private static bool OffersBoth(UnionModel union, string first, string second) =>
        union.Alternatives.Any(a => a.Type.Name == first) && union.Alternatives.Any(a => a.Type.Name == second);

    /// <summary>The two schemas are written alike but for their title, description, examples and <c>nullable</c>.</summary>
    private static bool SameBesideTypeLevelKeys(YamlMappingNode first, YamlMappingNode second, int[] budget)
    {
        var firstEntries = first.Children.Where(pair => !IsTypeLevelKey(pair.Key)).ToList();
        var secondEntries = second.Children.Where(pair => !IsTypeLevelKey(pair.Key)).ToList();
        if (firstEntries.Count != secondEntries.Count) return false;
        // An explicit stack: no nesting can overflow it, and the budget bounds the work for the whole selection.
        var pending = new Stack<(YamlNode, YamlNode)>();
        for (var i = firstEntries.Count - 1; i >= 0; i--)
        {
            pending.Push((firstEntries[i].Value, secondEntries[i].Value));
            pending.Push((firstEntries[i].Key, secondEntries[i].Key));
        }

        while (pending.Count > 0)
        {
            if (--budget[0] < 0) return false;
            var (left, right) = pending.Pop();
            switch (left, right)
            {
                case (YamlScalarNode a, YamlScalarNode b):
                    if (!string.Equals(a.Value, b.Value, StringComparison.Ordinal)) return false;
                    break;
                case (YamlSequenceNode a, YamlSequenceNode b):
                    if (a.Children.Count != b.Children.Count) return false;
                    for (var i = 0; i < a.Children.Count; i++) pending.Push((a.Children[i], b.Children[i]));
                    break;
                case (YamlMappingNode a, YamlMappingNode b):
                    if (a.Children.Count != b.Children.Count) return false;
                    foreach (var (x, y) in a.Children.Zip(b.Children, (x, y) => (x, y)))
                    {
                        pending.Push((x.Key, y.Key));
                        pending.Push((x.Value, y.Value));
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool IsTypeLevelKey(YamlNode key) => key is YamlScalarNode { Value: { } name } && TypeLevelKeys.Contains(name);

    /// <summary>The component a schema path lies in (its own path), or null outside the document's component schemas.</summary>
    internal static string? ComponentOf(string schemaPath)
    {
        if (!schemaPath.StartsWith(JsonPointer.ComponentSchemas, StringComparison.Ordinal)) return null;
        var end = schemaPath.IndexOf('/', JsonPointer.ComponentSchemas.Length);
        return end < 0 ? schemaPath : schemaPath.Substring(0, end);
    }
}

/// <summary>A component schema as mapped: its path, the type name it claimed, and what its uses get.</summary>
internal sealed record MappedComponent(string SchemaPath, string TypeName, MappedSchema Schema);

/// <summary>The types left out because another type stands for them, and the components they were declared by.</summary>
internal sealed class FoldedTypes(IReadOnlyDictionary<string, string> into, ISet<string> componentPaths)
{
    public static readonly FoldedTypes None = new(new Dictionary<string, string>(), new HashSet<string>());

    /// <summary>Each folded type's name, and the name of the type its uses refer to instead.</summary>
    public IReadOnlyDictionary<string, string> Into { get; } = into;

    public bool IsEmpty => Into.Count == 0;

    public bool Contains(string typeName) => Into.ContainsKey(typeName);

    /// <summary>True when <paramref name="schemaPath"/> lies within a folded component.</summary>
    public bool IsInside(string schemaPath) => !IsEmpty && NullableTwins.ComponentOf(schemaPath) is { } component && componentPaths.Contains(component);
}
