using System.Collections.Generic;
using System.Linq;
using CodeGen.Helpers;
using CodeGen.Model;

namespace CodeGen.Parsing;

/// <summary>
/// Gives generated types new names in every model that refers to them, once the whole spec is mapped (a shared
/// inline type takes the name its uses agree on).
/// </summary>
internal sealed class TypeRenames
{
    private readonly IReadOnlyDictionary<string, string> _newNames;

    public TypeRenames(IReadOnlyDictionary<string, string> newNames) => _newNames = newNames;

    public bool IsEmpty => _newNames.Count == 0;

    public string Apply(string name) => _newNames.TryGetValue(name, out var renamed) ? renamed : name;

    /// <summary>The type with the names it refers to renamed; the same instance when none is.</summary>
    public TypeModel? Apply(TypeModel? type)
    {
        if (type is null) return null;
        var name = type.Kind is TypeKind.Object or TypeKind.Enum or TypeKind.Union && type.Name is { } referred ? Apply(referred) : type.Name;
        var element = Apply(type.Element);
        return ReferenceEquals(name, type.Name) && ReferenceEquals(element, type.Element) ? type : type with { Name = name, Element = element };
    }

    public ObjectModel Apply(ObjectModel model)
    {
        var name = Apply(model.Name);
        var properties = Changed(model.Properties, Apply);
        return ReferenceEquals(name, model.Name) && properties is null ? model : model with { Name = name, Properties = properties ?? model.Properties };
    }

    public EnumModel Apply(EnumModel model) => Apply(model.Name) is var name && ReferenceEquals(name, model.Name) ? model : model with { Name = name };

    public UnionModel Apply(UnionModel model)
    {
        var name = Apply(model.Name);
        var alternatives = Changed(model.Alternatives, alternative => Apply(alternative.Type) is var type && ReferenceEquals(type, alternative.Type) ? alternative : alternative with { Type = type! });
        return ReferenceEquals(name, model.Name) && alternatives is null ? model : model with { Name = name, Alternatives = alternatives ?? model.Alternatives };
    }

    /// <summary>
    /// The operation with every type it refers to renamed. Each field of <see cref="OperationModel"/> that holds a type
    /// is listed here: a field added to it later must be added here too.
    /// </summary>
    public OperationModel Apply(OperationModel operation) => operation with
    {
        Parameters = operation.Parameters.Select(parameter => parameter with { Type = Apply(parameter.Type)! }).ToEquatableArray(),
        RequestBody = Apply(operation.RequestBody),
        Responses = operation.Responses.Select(response => response with { Body = Apply(response.Body) }).ToEquatableArray(),
        RequestContent = operation.RequestContent is { } content
            ? content with { Parts = content.Parts.Select(part => part with { Type = Apply(part.Type) }).ToEquatableArray() }
            : null,
        Paging = operation.Paging is { } paging
            ? paging with { ItemType = Apply(paging.ItemType)!, Position = Apply(paging.Position), Size = Apply(paging.Size) }
            : null,
        Batch = operation.Batch is { } batch
            ? batch with
            {
                ItemsProperty = Apply(batch.ItemsProperty),
                ItemResults = batch.ItemResults is { } results ? results with { ResultType = Apply(results.ResultType) } : null,
            }
            : null,
    };

    private PropertyModel Apply(PropertyModel property) =>
        Apply(property.Type) is var type && ReferenceEquals(type, property.Type) ? property : property with { Type = type! };

    /// <summary>
    /// The items, each given to <paramref name="apply"/>; null when every item comes back as it was, so that a rename
    /// touching a few types does not copy the whole model.
    /// </summary>
    private static EquatableArray<T>? Changed<T>(EquatableArray<T> items, System.Func<T, T> apply)
        where T : class, System.IEquatable<T>
    {
        T[]? changed = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = apply(items[i]);
            if (ReferenceEquals(item, items[i])) continue;
            changed ??= items.ToArray();
            changed[i] = item;
        }

        return changed is null ? null : new EquatableArray<T>(changed);
    }

    private PagingInput? Apply(PagingInput? input) => input is null ? null : input with { Type = Apply(input.Type)! };
}
