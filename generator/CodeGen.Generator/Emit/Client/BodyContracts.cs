using System.Collections.Generic;
using System.Linq;
using CodeGen.Helpers;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// The JSON contracts of every request and response body of a spec: one cached <c>JsonTypeInfo</c> field per C# type,
/// in the client's nested <c>Contracts</c> class.
/// </summary>
internal sealed class BodyContracts
{
    private readonly TypeSyntax _types;
    private readonly Dictionary<string, (string Field, TypeModel Type)> _byTypeName = new();
    private readonly NameScope _fieldNames = new(GeneratedNames.ContractOf, GeneratedNames.ContractsClass);

    public BodyContracts(ApiModel api, TypeSyntax types)
    {
        _types = types;
        foreach (var body in BodyTypes(api)) Add(body);
    }

    public IEnumerable<(string Field, TypeModel Type)> All => _byTypeName.Values;

    /// <summary>The expression for the contract of <paramref name="type"/>.</summary>
    public string For(TypeModel type) => GeneratedNames.ContractsClass + "." + _byTypeName[_types.TypeName(type)].Field;

    /// <summary>
    /// Every body type, request or response, in the order the operations use them, then the types of parameters the
    /// client writes as JSON before flattening them.
    /// </summary>
    public static IEnumerable<TypeModel> BodyTypes(ApiModel api) =>
        api.Operations.SelectMany(operation =>
            new[] { operation.RequestBody }.Concat(RequestContentEmitter.JsonPartTypes(operation)).Concat(operation.Responses.Select(response => response.Body)))
            .Concat(api.Operations.SelectMany(operation => operation.Parameters)
                .Where(parameter => parameter.IsJsonValued && parameter.Type.Kind != TypeKind.Any)
                .Select(parameter => parameter.Type))
            .Where(type => type is not null)
            .Select(type => type!);

    private void Add(TypeModel type)
    {
        var typeName = _types.TypeName(type);
        if (_byTypeName.ContainsKey(typeName)) return;
        _byTypeName[typeName] = (_fieldNames.Claim(FieldName(type)), type);
    }

    private static string FieldName(TypeModel type) => type.Kind switch
    {
        TypeKind.Object or TypeKind.Enum or TypeKind.Union => type.Name!,
        TypeKind.Array => "ListOf" + FieldName(type.Element!),
        TypeKind.Map => "MapOf" + FieldName(type.Element!),
        _ => Identifiers.ToPascalCase(type.Kind.ToString()),
    };
}
