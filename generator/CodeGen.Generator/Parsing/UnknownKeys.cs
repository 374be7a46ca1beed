using System;
using CodeGen.Diagnostics;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Reports keys an object does not define (CGEN017), at the key. In OpenAPI 3.0 every such key is reported: its objects
/// take only their fields and <c>x-</c> extensions. OpenAPI 3.1 schemas are JSON Schema 2020-12, which allows keywords
/// of any vocabulary, so there only near misses of a keyword (<c>requried</c>) are reported; so are they in documents
/// of other versions, which use other fields. Example payloads are never walked: callers check objects, not values.
/// </summary>
internal sealed class UnknownKeys
{
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _onlyNearMisses;

    public UnknownKeys(YamlMappingNode root, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _onlyNearMisses = !(root.GetString("openapi") ?? "").StartsWith("3.0", StringComparison.Ordinal);
    }

    public void Check(YamlMappingNode node, KeywordSet keywords)
    {
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var pair = children[i];
            if (pair.Key is not YamlScalarNode { Value: { } key } || keywords.Contains(key) || Keywords.IsExtension(key)) continue;
            var nearest = KeywordSuggestion.NearestKeyword(key, keywords.All);
            if (nearest is null && _onlyNearMisses) continue;
            _diagnostics.Report(DiagnosticDescriptors.UnknownKeyword, pair.Key, key, keywords.ObjectName,
                nearest is null ? "" : $"; did you mean '{nearest}'?");
        }
    }
}
