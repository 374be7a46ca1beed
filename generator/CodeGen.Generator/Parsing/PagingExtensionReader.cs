using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Reads how a list operation pages: our <c>x-codegen-paging</c>, else Azure's <c>x-ms-pageable</c>. The names it
/// gives are checked against the operation's query parameters, its request body and its success response, so the
/// generated walk can only read and set values that exist with a fitting type. A malformed extension is reported
/// (CGEN007) and ignored: the operation generates as without it.
/// </summary>
internal sealed class PagingExtensionReader
{
    public const string PagingKey = "x-codegen-paging";
    public const string PageableKey = "x-ms-pageable";

    private static readonly string[] PositionKeys = { "offset", "page", "cursor", "nextLink" };

    private readonly SchemaMapper _schemas;
    private readonly DiagnosticBag _diagnostics;

    public PagingExtensionReader(SchemaMapper schemas, DiagnosticBag diagnostics)
    {
        _schemas = schemas;
        _diagnostics = diagnostics;
    }

    public PagingModel? PagingFor(YamlMappingNode operation, IReadOnlyList<ParameterModel> parameters, TypeModel? requestBody, bool requestBodyRequired, TypeModel? successBody, bool sendsQueryCredentials)
    {
        var request = new RequestValues(parameters, requestBodyRequired ? Object(requestBody) : null, Object(requestBody) is not null && !requestBodyRequired);
        var (node, key) = operation.Get(PagingKey) is { } paging ? (paging, PagingKey) : (operation.Get(PageableKey), PageableKey);
        if (node is null) return null;
        var model = key == PagingKey ? ReadPaging(node, request, successBody) : ReadPageable(node, successBody);
        if (model is { Kind: PagingKind.NextLink } && sendsQueryCredentials)
        {
            // The link is requested as the server wrote it, so credentials sent in the query string would be missing.
            return Malformed(node, key, "a next link is followed as the server gives it, and this operation sends its credentials in the query string");
        }

        return model;
    }

    /// <summary>
    /// Takes the names of the walks (and of the next-link form) among the operation names, so a later operation cannot
    /// take them; false, with the extension reported, when an earlier operation already has one.
    /// </summary>
    public bool ClaimMethodNames(YamlMappingNode operation, string operationName, PagingModel paging, NameScope operationNames)
    {
        var names = new List<string> { GeneratedNames.PagesMethod(operationName), GeneratedNames.AllItemsMethod(operationName) };
        if (paging.Kind == PagingKind.NextLink) names.Add(GeneratedNames.NextPageMethod(operationName));
        var methods = names.Select(name => name.Substring(0, name.Length - "Async".Length)).ToList();
        if (methods.FirstOrDefault(method => operationNames.OwnerOf(method) is not null) is { } taken)
        {
            var node = operation.Get(PagingKey) ?? operation.Get(PageableKey);
            _diagnostics.Report(DiagnosticDescriptors.MalformedExtension, node, node == operation.Get(PagingKey) ? PagingKey : PageableKey,
                $"the walk needs the method {taken}Async, and {operationNames.OwnerOf(taken)} has that name");
            return false;
        }

        foreach (var method in methods) operationNames.Reserve(method, $"a paged method of {operationName}");
        return true;
    }

    private PagingModel? ReadPaging(YamlNode node, RequestValues request, TypeModel? successBody)
    {
        if (node is not YamlMappingNode paging || paging.GetString("items") is not { Length: > 0 } itemsPath)
        {
            return Malformed(node, PagingKey, "it needs 'items', the path of the list of items in the success response (such as 'data.items')");
        }

        var kinds = PositionKeys.Where(key => paging.Get(key) is not null).ToList();
        if (kinds.Count != 1)
        {
            return Malformed(paging, PagingKey, "give exactly one of 'offset' (with 'limit'), 'page' (with 'size'), 'cursor' (with 'nextCursor') or 'nextLink'");
        }

        if (Items(paging.Get("items")!, itemsPath, successBody, PagingKey) is not { } items) return null;
        switch (kinds[0])
        {
            case "offset":
                return Numbered(paging, PagingKind.Offset, "offset", "limit", items, request, firstPage: 0);
            case "page":
                var firstPage = 1;
                if (paging.Get("firstPage") is { } firstNode)
                {
                    if (firstNode is not YamlScalarNode { Value: { } firstText } || !int.TryParse(firstText, NumberStyles.None, CultureInfo.InvariantCulture, out firstPage))
                    {
                        return Malformed(firstNode, PagingKey, "'firstPage' must be a whole number of zero or more");
                    }
                }

                return Numbered(paging, PagingKind.PageNumber, "page", "size", items, request, firstPage);
            case "cursor":
                if (Input(paging, "cursor", request, TypeKind.String) is not { } cursor) return null;
                if (paging.GetString("nextCursor") is not { Length: > 0 } nextCursor)
                {
                    return Malformed(paging, PagingKey, "'cursor' needs 'nextCursor', the path of the next page's cursor in the success response");
                }

                return Next(paging.Get("nextCursor")!, nextCursor, successBody, PagingKey) is { } cursorPath
                    ? new PagingModel(PagingKind.Cursor, items.Path, items.Item, cursor, null, cursorPath, 0)
                    : null;
            default:
                if (paging.GetString("nextLink") is not { Length: > 0 } nextLink) return Malformed(paging.Get("nextLink"), PagingKey, "'nextLink' must be the path of the next page's URL in the success response");
                return Next(paging.Get("nextLink")!, nextLink, successBody, PagingKey) is { } linkPath
                    ? new PagingModel(PagingKind.NextLink, items.Path, items.Item, null, null, linkPath, 0)
                    : null;
        }
    }

    /// <summary>
    /// Azure's form: <c>nextLinkName</c> (null or absent: one page only, nothing to walk) and <c>itemName</c>
    /// (<c>value</c> when absent). Its <c>operationName</c> is not needed: the next link is requested like the operation.
    /// </summary>
    private PagingModel? ReadPageable(YamlNode node, TypeModel? successBody)
    {
        if (node is not YamlMappingNode pageable) return Malformed(node, PageableKey, "it must be a mapping with 'nextLinkName' and 'itemName'");
        if (pageable.GetString("nextLinkName") is not { Length: > 0 } nextLinkName) return null;
        var itemName = pageable.GetString("itemName") is { Length: > 0 } given ? given : "value";
        var at = pageable.Get("itemName") ?? pageable;
        if (Items(at, itemName, successBody, PageableKey, pathAllowed: false) is not { } items) return null;
        return Next(pageable.Get("nextLinkName")!, nextLinkName, successBody, PageableKey, pathAllowed: false) is { } linkPath
            ? new PagingModel(PagingKind.NextLink, items.Path, items.Item, null, null, linkPath, 0)
            : null;
    }

    private PagingModel? Numbered(YamlMappingNode paging, PagingKind kind, string positionKey, string sizeKey, (EquatableArray<string> Path, TypeModel Item) items, RequestValues request, int firstPage)
    {
        if (Input(paging, positionKey, request, TypeKind.Int32, TypeKind.Int64) is not { } position) return null;
        PagingInput? size = null;
        if (paging.Get(sizeKey) is not null && (size = Input(paging, sizeKey, request, TypeKind.Int32, TypeKind.Int64)) is null) return null;
        if (size is not null && size.InBody != position.InBody)
        {
            return Malformed(paging.Get(sizeKey), PagingKey, $"'{positionKey}' and '{sizeKey}' must both be query parameters or both properties of the request body");
        }

        return new PagingModel(kind, items.Path, items.Item, position, size, EquatableArray<string>.Empty, firstPage);
    }

    /// <summary>A query parameter named so, else a property of the required JSON request body, of one of the kinds.</summary>
    private PagingInput? Input(YamlMappingNode paging, string key, RequestValues request, params TypeKind[] kinds)
    {
        var node = paging.Get(key);
        if (paging.GetString(key) is not { Length: > 0 } name) return Malformed<PagingInput>(node, PagingKey, $"'{key}' must name a query parameter or a property of the request body");
        var parameter = request.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Query && p.WireName == name && p.ConstantValue is null);
        var property = request.Body?.Properties.FirstOrDefault(p => p.JsonName == name);
        if (parameter is not null && property is not null)
        {
            return Malformed<PagingInput>(node, PagingKey, $"both a query parameter and a property of the request body are named '{name}'");
        }

        var kindText = string.Join(" or ", kinds.Select(k => k == TypeKind.String ? "string" : "integer").Distinct());
        if (parameter is not null)
        {
            return kinds.Contains(parameter.Type.Kind)
                ? new PagingInput(parameter.Name, name, false, parameter.Type, !parameter.IsRequired)
                : Malformed<PagingInput>(node, PagingKey, $"the query parameter '{name}' must be a{(kindText == "integer" ? "n" : "")} {kindText}");
        }

        if (property is not null)
        {
            return kinds.Contains(property.Type.Kind)
                ? new PagingInput(property.Name, name, true, property.Type, property.IsNullableInCSharp)
                : Malformed<PagingInput>(node, PagingKey, $"the request body's '{name}' must be a{(kindText == "integer" ? "n" : "")} {kindText}");
        }

        var why = request.OptionalBody ? " (a value in the request body pages only when the body is required)" : "";
        return Malformed<PagingInput>(node, PagingKey, $"the operation has no query parameter or request body property '{name}'{why}");
    }

    private (EquatableArray<string> Path, TypeModel Item)? Items(YamlNode at, string path, TypeModel? successBody, string extension, bool pathAllowed = true)
    {
        if (PropertyPath(successBody, path, pathAllowed) is { Type: { Kind: TypeKind.Array, Element: { } element } } resolved) return (resolved.Names, element);
        Malformed(at, extension, $"the success response has no list at '{path}'");
        return null;
    }

    private EquatableArray<string>? Next(YamlNode at, string path, TypeModel? successBody, string extension, bool pathAllowed = true)
    {
        if (PropertyPath(successBody, path, pathAllowed) is { Type.Kind: TypeKind.String } resolved) return resolved.Names;
        Malformed(at, extension, $"the success response has no string at '{path}'");
        return null;
    }

    /// <summary>C# property names along a dotted path of JSON names (one name only for Azure's extension).</summary>
    private (EquatableArray<string> Names, TypeModel Type)? PropertyPath(TypeModel? type, string path, bool pathAllowed)
    {
        var names = new List<string>();
        foreach (var segment in pathAllowed ? path.Split('.') : new[] { path })
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

    private PagingModel? Malformed(YamlNode? node, string extension, string reason) => Malformed<PagingModel>(node, extension, reason);

    private T? Malformed<T>(YamlNode? node, string extension, string reason) where T : class
    {
        _diagnostics.Report(DiagnosticDescriptors.MalformedExtension, node, extension, reason);
        return null;
    }

    /// <summary>What a request can carry a paging value in: its query parameters, and its body when required.</summary>
    private sealed record RequestValues(IReadOnlyList<ParameterModel> Parameters, ObjectModel? Body, bool OptionalBody);
}
