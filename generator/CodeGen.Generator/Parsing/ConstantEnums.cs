using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Parsing;

/// <summary>
/// A one-value enum that fixes a required parameter, such as an API version header, is sent by the client as a
/// literal. When nothing else uses it, it would be a type with its converter that no method takes, so it is left out.
/// </summary>
internal static class ConstantEnums
{
    public static List<EnumModel> LeaveOutUnused(IReadOnlyList<EnumModel> enums, IReadOnlyList<ObjectModel> objects, IReadOnlyList<UnionModel> unions, IReadOnlyList<OperationModel> operations)
    {
        var constants = new HashSet<string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                if (parameter.ConstantValue is not null && parameter.Type is { Kind: TypeKind.Enum, Name: { } name }) constants.Add(name);
                else AddNames(parameter.Type, used);
            }

            AddNames(operation.RequestBody, used);
            if (operation.RequestContent is { } content)
            {
                foreach (var part in content.Parts) AddNames(part.Type, used);
            }

            foreach (var response in operation.Responses) AddNames(response.Body, used);
            if (operation.Paging is { } paging)
            {
                AddNames(paging.ItemType, used);
                AddNames(paging.Position?.Type, used);
                AddNames(paging.Size?.Type, used);
            }
        }

        if (constants.Count == 0) return enums.ToList();
        foreach (var model in objects)
        {
            foreach (var property in model.Properties) AddNames(property.Type, used);
        }

        foreach (var union in unions)
        {
            foreach (var alternative in union.Alternatives) AddNames(alternative.Type, used);
        }

        return enums.Where(model => model.Members.Count != 1 || !constants.Contains(model.Name) || used.Contains(model.Name)).ToList();
    }

    /// <summary>The named types in a type, its items and values included.</summary>
    private static void AddNames(TypeModel? type, HashSet<string> names)
    {
        for (var current = type; current is not null; current = current.Element)
        {
            if (current.Name is { } name) names.Add(name);
        }
    }
}
