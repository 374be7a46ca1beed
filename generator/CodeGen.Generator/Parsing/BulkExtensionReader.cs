using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Reads the bulk-work extensions: <c>x-codegen-rate-limit</c> (document or operation) and <c>x-codegen-batch</c>
/// (operation). A malformed extension is reported and ignored, so the operation generates as without it.
/// </summary>
internal sealed class BulkExtensionReader
{
    public const string RateLimitKey = "x-codegen-rate-limit";
    public const string BatchKey = "x-codegen-batch";

    private readonly SchemaMapper _schemas;
    private readonly DiagnosticBag _diagnostics;
    private readonly RateLimitModel? _serverLimit;

    public BulkExtensionReader(YamlMappingNode root, SchemaMapper schemas, DiagnosticBag diagnostics)
    {
        _schemas = schemas;
        _diagnostics = diagnostics;
        _serverLimit = root.Get(RateLimitKey) is { } node ? ReadRateLimit(node, "server") : null;
    }

    /// <summary>The operation's own limit, else the server's.</summary>
    public RateLimitModel? RateLimitFor(YamlMappingNode operation, string operationName) =>
        operation.Get(RateLimitKey) is { } node ? ReadRateLimit(node, operationName) : _serverLimit;

    public BatchModel? BatchFor(YamlMappingNode operation, TypeModel? requestBody, TypeModel? successBody)
    {
        if (operation.Get(BatchKey) is not { } node) return null;
        if (node is not YamlMappingNode batch || batch.GetString("items") is not { Length: > 0 } itemsName)
        {
            return Malformed(node, "it needs 'items', the name of the request body's array property to split");
        }

        if (Object(requestBody)?.Properties.FirstOrDefault(p => p.JsonName == itemsName) is not { Type.Kind: TypeKind.Array } items)
        {
            return Malformed(batch.Get("items"), $"the request body has no array property '{itemsName}'");
        }

        var maxItems = batch.Get("maxItems") is { } maxNode ? PositiveInteger(maxNode) : items.Type.Constraints?.MaxItems is > 0 and var declared ? declared : null;
        if (maxItems is null) return Malformed(batch.Get("maxItems") ?? batch, $"give 'maxItems', or 'maxItems' on the '{itemsName}' schema");

        var callId = EquatableArray<string>.Empty;
        if (batch.GetString("callId") is { } callIdPath)
        {
            if (PropertyPath(successBody, callIdPath) is not { } resolved) return Malformed(batch.Get("callId"), $"the success response has no value at '{callIdPath}'");
            callId = resolved.Names;
        }

        ItemResultsModel? itemResults = null;
        if (batch.Get("itemResults") is { } resultsNode)
        {
            itemResults = ReadItemResults(resultsNode, successBody);
            if (itemResults is null) return null;
        }

        return new BatchModel(items, maxItems.Value, callId, itemResults);
    }

    private ItemResultsModel? ReadItemResults(YamlNode node, TypeModel? successBody)
    {
        if (node is not YamlMappingNode results || results.GetString("path") is not { } path)
        {
            return Malformed<ItemResultsModel>(node, "'itemResults' needs 'path', where the response lists the per-item outcomes");
        }

        if (PropertyPath(successBody, path) is not { Type: { Kind: TypeKind.Array, Element.Kind: TypeKind.Object } list } resolved)
        {
            return Malformed<ItemResultsModel>(results.Get("path"), $"the success response has no list of objects at '{path}'");
        }

        var resultModel = Object(list.Element)!;
        string? Property(string key, TypeKind? requiredKind = null)
        {
            if (results.GetString(key) is not { } jsonName) return null;
            var property = resultModel.Properties.FirstOrDefault(p => p.JsonName == jsonName);
            if (property is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.MalformedExtension, results.Get(key), BatchKey, $"{resultModel.Name} has no property '{jsonName}'; '{key}' is ignored");
                return null;
            }

            if (requiredKind is { } kind && property.Type.Kind != kind)
            {
                _diagnostics.Report(DiagnosticDescriptors.MalformedExtension, results.Get(key), BatchKey, $"'{key}' must name a {kind.ToString().ToLowerInvariant()} property, and {resultModel.Name}.{property.Name} is not one; '{key}' is ignored");
                return null;
            }

            return property.Name;
        }

        return new ItemResultsModel(resolved.Names, resultModel.Name, Property("key"), Property("success", TypeKind.Boolean), Property("id"), Property("reason"));
    }

    private RateLimitModel? ReadRateLimit(YamlNode node, string scope)
    {
        if (node is YamlMappingNode limit && limit.Get("requests") is { } requestsNode && PositiveInteger(requestsNode) is { } requests &&
            limit.GetString("windowSeconds") is { } windowText &&
            double.TryParse(windowText, NumberStyles.Float, CultureInfo.InvariantCulture, out var window) && window > 0)
        {
            return new RateLimitModel(requests, window, scope);
        }

        _diagnostics.Report(DiagnosticDescriptors.MalformedExtension, node, RateLimitKey, "it needs 'requests' (a positive integer) and 'windowSeconds' (a positive number)");
        return null;
    }

    private (EquatableArray<string> Names, TypeModel Type)? PropertyPath(TypeModel? type, string path)
    {
        var names = new List<string>();
        foreach (var segment in path.Split('.'))
        {
            var property = Object(type)?.Properties.FirstOrDefault(p => p.JsonName == segment);
            if (property is null) return null;
            names.Add(property.Name);
            type = property.Type;
        }

        return (names.ToEquatableArray(), type!);
    }

    private ObjectModel? Object(TypeModel? type) =>
        type is { Kind: TypeKind.Object } ? _schemas.Objects.FirstOrDefault(o => o.Name == type.Name) : null;

    private static int? PositiveInteger(YamlNode node) =>
        node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    private BatchModel? Malformed(YamlNode? node, string reason) => Malformed<BatchModel>(node, reason);

    private T? Malformed<T>(YamlNode? node, string reason) where T : class
    {
        _diagnostics.Report(DiagnosticDescriptors.MalformedExtension, node, BatchKey, reason);
        return null;
    }
}
