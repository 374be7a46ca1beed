using System.Collections.Generic;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// All the validation files of one spec: a <c>Validate</c> method for every request model and the types they share.
/// A spec without request bodies gets none.
/// </summary>
internal static class ValidationEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(ApiModel api)
    {
        if (api.RequestModels.Count == 0) yield break;

        foreach (var model in api.Objects)
        {
            if (api.IsRequestModel(model.Name)) yield return (Text.HintName(api.Namespace, model.Name + ".Validation"), ValidatorEmitter.Emit(api, model));
        }

        foreach (var union in api.Unions)
        {
            if (api.IsRequestModel(union.Name)) yield return (Text.HintName(api.Namespace, union.Name + ".Validation"), UnionValidatorEmitter.Emit(api, union));
        }

        foreach (var (typeName, source) in ValidationTypesEmitter.Emit(api)) yield return (Text.HintName(api.Namespace, typeName), source);
    }
}
