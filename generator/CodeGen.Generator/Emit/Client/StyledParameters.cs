using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Which parameters the client writes itself (a scalar or array in its location's plain form) and which through the
/// spec's form-encoding helper (objects, other styles, and arrays outside a query).
/// </summary>
internal static class StyledParameters
{
    public static bool UsesFormEncoding(ParameterModel parameter) =>
        parameter.ConstantValue is null && (parameter.IsJsonValued || parameter.Location switch
        {
            ParameterLocation.Query => parameter.AllowReserved || parameter.Style == ParameterStyle.DeepObject,
            ParameterLocation.Path => parameter.Style != ParameterStyle.Simple || parameter.Type.Kind == TypeKind.Array,
            _ => parameter.Type.Kind == TypeKind.Array,
        });

    /// <summary>
    /// For a query array the client sends as one value, what joins its items: <c>,</c>, a space or <c>|</c>; null
    /// when each item is its own pair or the helper writes the parameter.
    /// </summary>
    public static string? QuerySeparator(ParameterModel parameter)
    {
        if (parameter.Location != ParameterLocation.Query || parameter.Type.Kind != TypeKind.Array || parameter.Explode || UsesFormEncoding(parameter)) return null;
        return parameter.Style switch
        {
            ParameterStyle.SpaceDelimited => " ",
            ParameterStyle.PipeDelimited => "|",
            _ => ",",
        };
    }
}
