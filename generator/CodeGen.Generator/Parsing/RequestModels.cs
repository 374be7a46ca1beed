using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Parsing;

/// <summary>The object and union models that are, or are reachable from, a request body or a JSON part of one: the ones that get a validator.</summary>
internal static class RequestModels
{
    public static HashSet<string> Find(IReadOnlyCollection<ObjectModel> models, IReadOnlyCollection<UnionModel> unions, IEnumerable<OperationModel> operations)
    {
        var objects = models.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var unionsByName = unions.ToDictionary(u => u.Name, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var jsonParts = operations.SelectMany(o => o.RequestContent?.Parts.Where(p => p.Kind == PartKind.Json).Select(p => p.Type) ?? Enumerable.Empty<TypeModel?>());
        var pending = new Stack<TypeModel>(operations.Select(o => o.RequestBody).Concat(jsonParts).OfType<TypeModel>());
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Element is { } element) pending.Push(element);
            if (type.Kind is not (TypeKind.Object or TypeKind.Union) || !found.Add(type.Name!)) continue;
            if (objects.TryGetValue(type.Name!, out var model))
            {
                foreach (var property in model.Properties) pending.Push(property.Type);
            }
            else if (unionsByName.TryGetValue(type.Name!, out var union))
            {
                foreach (var alternative in union.Alternatives) pending.Push(alternative.Type);
            }
        }

        found.IntersectWith(objects.Keys.Concat(unionsByName.Keys));
        return found;
    }
}
