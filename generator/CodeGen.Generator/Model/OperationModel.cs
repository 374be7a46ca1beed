using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>One HTTP operation of the spec.</summary>
internal sealed record OperationModel(
    string Name,
    string Method,
    string Path,
    Documentation Documentation,
    TypeModel? RequestBody,
    EquatableArray<ResponseModel> Responses);

/// <summary>A documented response of an operation.</summary>
internal sealed record ResponseModel(string StatusCode, string? Description, TypeModel? Body);
