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

    public TypeModel? Apply(TypeModel? type) => type is null ? null : type with
    {
        Name = type.Kind is TypeKind.Object or TypeKind.Enum or TypeKind.Union && type.Name is { } name ? Apply(name) : type.Name,
        Element = Apply(type.Element),
    };

    public ObjectModel Apply(ObjectModel model) => model with
    {
        Name = Apply(model.Name),
        Properties = model.Properties.Select(Apply).ToEquatableArray(),
    };

    public EnumModel Apply(EnumModel model) => model with { Name = Apply(model.Name) };

    public UnionModel Apply(UnionModel model) => model with
    {
        Name = Apply(model.Name),
        Alternatives = model.Alternatives.Select(alternative => alternative with { Type = Apply(alternative.Type)! }).ToEquatableArray(),
    };

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

    private PropertyModel Apply(PropertyModel property) => property with { Type = Apply(property.Type)! };

    private PagingInput? Apply(PagingInput? input) => input is null ? null : input with { Type = Apply(input.Type)! };
}
