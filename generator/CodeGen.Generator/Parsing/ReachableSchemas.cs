using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// The component schemas the document's operations use: followed from <c>paths</c> through every local
/// <c>$ref</c> (bodies, responses, parameters, headers, and within schemas their properties, items, compositions
/// and additionalProperties) and discriminator mappings. References into other files are left to the mapper,
/// which follows them when it meets them.
/// </summary>
internal static class ReachableSchemas
{
    private const string SchemasPointer = "/components/schemas/";

    public static ISet<string> From(YamlMappingNode root, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var componentSchemas = root.GetMapping("components")?.GetMapping("schemas");
        // An explicit stack and a set of visited nodes: no depth of nesting or cycle of references can overflow it.
        var visited = new HashSet<YamlNode>(SpecDocuments.NodeIdentity.Instance);
        var pending = new Stack<YamlNode>();
        if (root.Get("paths") is { } paths) pending.Push(paths);

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!visited.Add(node)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var pair in mapping.Children)
                    {
                        if (pair.Key is YamlScalarNode { Value: "$ref" } && pair.Value is YamlScalarNode { Value: { } reference })
                        {
                            Follow(reference);
                        }
                        else if (pair.Key is YamlScalarNode { Value: "discriminator" } && pair.Value is YamlMappingNode discriminator &&
                                 discriminator.GetMapping("mapping") is { } mappings)
                        {
                            // Mapping values are references, or bare component names.
                            foreach (var target in mappings.Children.Select(pair => pair.Value))
                            {
                                if (target is YamlScalarNode { Value: { } value }) Follow(value.Contains("#") || value.Contains("/") ? value : "#" + SchemasPointer + JsonPointer.Escape(value));
                            }
                        }
                        else
                        {
                            pending.Push(pair.Value);
                        }
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children) pending.Push(child);
                    break;
            }
        }

        return names;

        void Follow(string reference)
        {
            var target = ReferenceTarget.Parse(reference);
            if (!target.IsLocal || target.Pointer.Length == 0 || target.Pointer[0] != '/') return;
            if (target.Pointer.StartsWith(SchemasPointer, StringComparison.Ordinal) && componentSchemas is not null)
            {
                // A pointer into a component (…/Pet/properties/id) keeps the whole component, which is mapped as one.
                var rest = target.Pointer.Substring(SchemasPointer.Length);
                var slash = rest.IndexOf('/');
                var name = JsonPointer.Unescape(slash < 0 ? rest : rest.Substring(0, slash));
                if (componentSchemas.Get(name) is { } component && names.Add(name)) pending.Push(component);
            }

            if (JsonPointer.Find(root, target.Pointer, out _) is { } found) pending.Push(found);
        }
    }
}
