using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Parsing;

/// <summary>The object models that are, or are reachable from, a request body or a JSON part of one: the ones that get a validator.</summary>
internal static class RequestModels
{
    public static HashSet<string> Find(IReadOnlyCollection<ObjectModel> models, IEnumerable<OperationModel> operations)
    {
        var objects = models.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var jsonParts = operations.SelectMany(o => o.RequestContent?.Parts.Where(p => p.Kind == PartKind.Json).Select(p => p.Type) ?? Enumerable.Empty<TypeModel?>());
        var pending = new Stack<TypeModel>(operations.Select(o => o.RequestBody).Concat(jsonParts).OfType<TypeModel>());
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Element is { } element) pending.Push(element);
            if (type.Kind != TypeKind.Object || !found.Add(type.Name!) || !objects.TryGetValue(type.Name!, out var model)) continue;
            foreach (var property in model.Properties) pending.Push(property.Type);
        }

        found.IntersectWith(objects.Keys);
        return found;
    }
}
