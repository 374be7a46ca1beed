using System.Collections.Generic;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Reads a <c>multipart/form-data</c> body's schema into its parts: one per property, a file where the property is a
/// binary string, text for scalars and JSON for the rest, with the media type its <c>encoding</c> gives.
/// </summary>
internal sealed class MultipartPartsReader
{
    private readonly SchemaMapper _schemas;
    private readonly DiagnosticBag _diagnostics;

    public MultipartPartsReader(SchemaMapper schemas, DiagnosticBag diagnostics)
    {
        _schemas = schemas;
        _diagnostics = diagnostics;
    }

    /// <summary>The parts, their argument names claimed from <paramref name="argumentNames"/>; null (and reported) when the schema lists no properties.</summary>
    public EquatableArray<MultipartPartModel>? Read(BodyMedia media, string operationName, string schemaPath, bool bodyRequired, NameScope argumentNames)
    {
        if (_schemas.Dereference(media.Schema) is not YamlMappingNode schema || schema.GetMapping("properties") is not { Children.Count: > 0 } properties)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, (YamlNode?)media.Schema ?? media.Node,
                $"The request body of {operationName} in {media.MediaType}", "a multipart body needs a schema whose properties name its parts");
            return null;
        }

        var required = new HashSet<string>(schema.GetSequence("required")?.Children.OfType<YamlScalarNode>().Select(node => node.Value ?? "") ?? Enumerable.Empty<string>());
        var encoding = media.Node?.GetMapping("encoding");
        var parts = new List<MultipartPartModel>();
        foreach (var property in properties.Entries())
        {
            var propertySchema = _schemas.Dereference(property.Value) as YamlMappingNode;
            var documentation = propertySchema is null ? Documentation.None : SchemaMapper.DocumentationOf(propertySchema);
            var contentType = (encoding?.GetMapping(property.Key)?.GetString("contentType"))?.Split(',')[0].Trim();
            var name = argumentNames.Claim(ParameterReader.ArgumentName(property.Key));
            var isRequired = bodyRequired && required.Contains(property.Key);
            if (MediaTypes.IsBinaryString(propertySchema))
            {
                parts.Add(new MultipartPartModel(name, property.Key, PartKind.File, null, isRequired, contentType, documentation));
                continue;
            }

            if (propertySchema?.GetString("type") == "array" && MediaTypes.IsBinaryString(_schemas.Dereference(propertySchema.Get("items"))))
            {
                parts.Add(new MultipartPartModel(name, property.Key, PartKind.Files, null, isRequired, contentType, documentation));
                continue;
            }

            var type = _schemas.Map(property.Value, operationName + "Request" + Identifiers.ToPascalCase(property.Key), $"{schemaPath}/properties/{JsonPointer.Escape(property.Key)}", property.Key).Type;
            var kind = !type.IsTextual ? PartKind.Json : type.Kind == TypeKind.Array ? PartKind.TextItems : PartKind.Text;
            parts.Add(new MultipartPartModel(name, property.Key, kind, type, isRequired, contentType, documentation));
        }

        return parts.ToEquatableArray();
    }
}
