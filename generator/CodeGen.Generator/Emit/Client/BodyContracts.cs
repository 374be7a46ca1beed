using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using CodeGen.Helpers;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// The JSON contracts of every request and response body of a spec: one cached <c>JsonTypeInfo</c> field per C# type,
/// in the client's nested <c>Contracts</c> class.
/// </summary>
internal sealed class BodyContracts
{
    /// <summary>The contracts of each spec, worked out once: a spec split into sub-clients asks for them once per file.</summary>
    private static readonly ConditionalWeakTable<ApiModel, Dictionary<string, (string Field, TypeModel Type)>> Cache = new();

    /// <summary>Spells types with qualified names, whatever the calling file's spelling, so the cache serves every file.</summary>
    private readonly TypeSyntax _keys;
    private readonly Dictionary<string, (string Field, TypeModel Type)> _byTypeName;

    public BodyContracts(ApiModel api)
    {
        _keys = new TypeSyntax(api);
        _byTypeName = Cache.GetValue(api, static model => Collect(model, new TypeSyntax(model)));
    }

    public IEnumerable<(string Field, TypeModel Type)> All => _byTypeName.Values;

    /// <summary>The expression for the contract of <paramref name="type"/>.</summary>
    public string For(TypeModel type) => GeneratedNames.ContractsClass + "." + _byTypeName[_keys.TypeName(type)].Field;

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

    private static Dictionary<string, (string Field, TypeModel Type)> Collect(ApiModel api, TypeSyntax types)
    {
        var byTypeName = new Dictionary<string, (string Field, TypeModel Type)>();
        var fieldNames = new NameScope(GeneratedNames.ContractOf, GeneratedNames.ContractsClass);
        foreach (var type in BodyTypes(api))
        {
            var typeName = types.TypeName(type);
            if (!byTypeName.ContainsKey(typeName)) byTypeName[typeName] = (fieldNames.Claim(FieldName(type)), type);
        }

        return byTypeName;
    }

    private static string FieldName(TypeModel type) => type.Kind switch
    {
        TypeKind.Object or TypeKind.Enum or TypeKind.Union => type.Name!,
        TypeKind.Array => "ListOf" + FieldName(type.Element!),
        TypeKind.Map => "MapOf" + FieldName(type.Element!),
        _ => Identifiers.ToPascalCase(type.Kind.ToString()),
    };
}
