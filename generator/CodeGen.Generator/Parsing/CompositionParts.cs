using System.Collections.Generic;
using System.Globalization;
using CodeGen.Diagnostics;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Collects the schemas whose properties one merged class gets: the schema, each member of its <c>allOf</c> (and of
/// theirs, all the way down), and each alternative of a <c>oneOf</c>/<c>anyOf</c> among them. An alternative's
/// properties join as optional ones: which alternative a value takes is not known, so none of its properties is
/// required. Each schema is merged once, so cycles and diamonds end.
/// </summary>
internal sealed class CompositionParts
{
    /// <summary>How many compositions deep the merge descends; the public specs we know of need 3.</summary>
    public const int MaxDepth = 16;

    private readonly SchemaMapper _schemas;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _schemaPath;
    private readonly HashSet<YamlNode> _visited = new(NodeContent.Comparer);

    public CompositionParts(SchemaMapper schemas, DiagnosticBag diagnostics, string schemaPath)
    {
        _schemas = schemas;
        _diagnostics = diagnostics;
        _schemaPath = schemaPath;
    }

    /// <summary>The schemas to merge, outermost first; an alternative's stands in as its properties alone.</summary>
    public List<YamlMappingNode> Parts { get; } = new();

    /// <summary>False when some part could not be read, so the merged class may lack properties.</summary>
    public bool AllMerged { get; private set; } = true;

    public void Add(YamlMappingNode schema) => Add(schema, optional: false, depth: 0);

    private void Add(YamlMappingNode schema, bool optional, int depth)
    {
        if (!_visited.Add(schema)) return;
        if (depth > MaxDepth)
        {
            _diagnostics.Report(DiagnosticDescriptors.SchemaTooDeep, schema, _schemaPath, MaxDepth.ToString(CultureInfo.InvariantCulture),
                "the properties of the compositions below are left out of the merged class");
            AllMerged = false;
            return;
        }

        if (!optional) Parts.Add(schema);
        else if (schema.GetMapping("properties") is { } properties) Parts.Add(new YamlMappingNode { { "properties", properties } });

        foreach (var member in Members(schema, "allOf")) Add(member, optional, depth + 1);
        foreach (var member in Members(schema, "oneOf")) Add(member, optional: true, depth + 1);
        foreach (var member in Members(schema, "anyOf")) Add(member, optional: true, depth + 1);
    }

    private IEnumerable<YamlMappingNode> Members(YamlMappingNode schema, string keyword)
    {
        if (schema.GetSequence(keyword) is not { } members) yield break;
        foreach (var member in members.Children)
        {
            var part = member is YamlMappingNode mapping && mapping.Get("$ref") is YamlScalarNode reference ? _schemas.ResolvePointer(reference) : member;
            if (part is YamlMappingNode found) yield return found;
            else if (part is null) AllMerged = false;
        }
    }
}
