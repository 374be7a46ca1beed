using System.Linq;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>The media type a request body or response is read in (see <see cref="MediaTypes.Choose"/>), with its schema.</summary>
/// <param name="Node">The media type object, which holds the schema and, for multipart, the <c>encoding</c>.</param>
internal sealed record BodyMedia(string MediaType, MediaKind Kind, YamlNode? Schema, YamlMappingNode? Node)
{
    /// <summary>The chosen media type of a request body or response; null when it declares no <c>content</c>.</summary>
    public static BodyMedia? Of(YamlMappingNode bodyOrResponse, SchemaMapper schemas)
    {
        if (bodyOrResponse.GetMapping("content") is not { } content) return null;
        var entries = content.Entries().ToList();
        if (MediaTypes.Choose(entries.Select(entry => entry.Key)) is not { } chosen) return null;
        var node = entries.First(entry => entry.Key == chosen).Value as YamlMappingNode;
        var schema = node?.Get("schema");
        return new BodyMedia(chosen, MediaTypes.KindOf(chosen, schemas.Dereference(schema)), schema, node);
    }
}
