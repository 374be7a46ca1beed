using CodeGen.Diagnostics;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Reads <c>style</c>, <c>explode</c> and <c>allowReserved</c> of a parameter or of a form property's encoding. A
/// style OpenAPI 3 does not define, or one its location does not allow, is reported and replaced by the default.
/// </summary>
internal static class StyleReader
{
    /// <param name="what">What the node is, for the message: <c>The query parameter 'color' of ListItems</c>.</param>
    public static (ParameterStyle Style, bool Explode, bool AllowReserved) Read(YamlMappingNode node, ParameterLocation location, string what, DiagnosticBag diagnostics)
    {
        var style = ParameterStyles.DefaultFor(location);
        if (node.GetString("style") is { } value)
        {
            if (ParameterStyles.Parse(value) is { } parsed && ParameterStyles.Allows(location, parsed))
            {
                style = parsed;
            }
            else
            {
                var consequence = ParameterStyles.Parse(value) is null ? "OpenAPI 3 defines no such style" : "the location does not allow it";
                diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, node.Get("style"), $"{what} with 'style: {value}'",
                    $"{consequence}; the value is sent in the default style");
            }
        }

        var explode = node.Get("explode") is YamlScalarNode ? node.GetBoolean("explode") : ParameterStyles.ExplodesByDefault(style);
        return (style, explode, node.GetBoolean("allowReserved"));
    }
}
