using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>Reads the operations under <c>paths</c>, naming their inline request and response bodies.</summary>
internal sealed class OperationReader
{
    internal static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private readonly YamlMappingNode _root;
    private readonly SchemaMapper _schemas;
    private readonly SecurityReader _security;
    private readonly ParameterReader _parameters;
    private readonly BulkExtensionReader _bulk;
    private readonly PagingExtensionReader _paging;
    private readonly MultipartPartsReader _multipart;
    private readonly FormBodyReader _forms;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly NameScope _operationNames = new();
    private readonly HashSet<string> _operationIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClientGroups.Key> _groupKeys = new(StringComparer.Ordinal);

    public OperationReader(YamlMappingNode root, SchemaMapper schemas, SecurityReader security, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        _root = root;
        _schemas = schemas;
        _security = security;
        _parameters = new ParameterReader(schemas, diagnostics);
        _bulk = new BulkExtensionReader(root, schemas, diagnostics);
        _paging = new PagingExtensionReader(schemas, diagnostics);
        _multipart = new MultipartPartsReader(schemas, diagnostics);
        _forms = new FormBodyReader(diagnostics);
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Each operation's first tag, else its first path segment, by operation name; none for an operation with neither.</summary>
    public IReadOnlyDictionary<string, ClientGroups.Key> GroupKeys => _groupKeys;

    public List<OperationModel> ReadAll()
    {
        var operations = new List<OperationModel>();
        var paths = _root.Get("paths");
        if (paths is null) return operations;
        if (paths is not YamlMappingNode pathsMapping)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, paths, "'paths' must be a mapping of paths to operations");
            return operations;
        }

        foreach (var pathEntry in pathsMapping.Entries())
        {
            if (pathEntry.Value is not YamlMappingNode pathItem)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, pathEntry.Value, $"The path item '{pathEntry.Key}' must be a mapping");
                continue;
            }

            _schemas.UnknownKeys.Check(pathItem, Keywords.PathItem);
            foreach (var method in HttpMethods)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (pathItem.Get(method) is not { } operationNode) continue;
                if (operationNode is not YamlMappingNode operation)
                {
                    _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, operationNode, $"The operation {method.ToUpperInvariant()} {pathEntry.Key} must be a mapping");
                    continue;
                }

                operations.Add(Read(method, pathEntry.Key, pathItem, operation));
            }

            // Read once: its nodes, and those of its operations, are not needed again.
            pathItem.Release();
        }

        return operations;
    }

    private OperationModel Read(string method, string path, YamlMappingNode pathItem, YamlMappingNode operation)
    {
        _schemas.UnknownKeys.Check(operation, Keywords.Operation);
        var name = NameOf(method, path, operation);
        var documentation = new Documentation(operation.GetString("summary") ?? operation.GetString("description"),
            operation.GetString("summary") is null ? null : operation.GetString("description"), null);

        var schemaPath = $"#/paths/{JsonPointer.Escape(path)}/{method}";
        TypeModel? requestBody = null;
        FormBodyModel? formBody = null;
        var requestBodyRequired = false;
        BodyMedia? requestMedia = null;
        if (operation.Get("requestBody") is { } requestBodyNode && _schemas.Dereference(requestBodyNode) is YamlMappingNode body)
        {
            requestBodyRequired = body.GetBoolean("required");
            requestMedia = BodyMedia.Of(body, _schemas);
            if (requestMedia is { Kind: MediaKind.Json or MediaKind.Form, Schema: { } schema } &&
                !(requestMedia.Kind == MediaKind.Form && FormBodyReader.HoldsNothing(_schemas.Dereference(schema))))
            {
                requestBody = _schemas.Map(schema, name + "Request", $"#/paths/{JsonPointer.Escape(path)}/{method}/requestBody").Type;
                if (requestMedia.Kind == MediaKind.Form)
                {
                    formBody = _forms.Read(requestMedia.Node!, requestBody, name);
                    if (formBody is null) requestBody = null;
                }
            }
        }

        var responses = new List<ResponseModel>();
        if (operation.GetMapping("responses") is { } responsesNode)
        {
            foreach (var entry in responsesNode.Entries())
            {
                if (_schemas.Dereference(entry.Value) is not YamlMappingNode response) continue;
                _schemas.UnknownKeys.Check(response, Keywords.Response);
                var media = ResponseMediaOf(response, entry.Key, name);
                var responseBody = media is { Kind: MediaKind.Json, Schema: { } schema }
                    ? _schemas.Map(schema, name + ResponseSuffix(entry.Key), $"#/paths/{JsonPointer.Escape(path)}/{method}/responses/{entry.Key}").Type
                    : null;
                var rawBody = media is { Kind: MediaKind.Text or MediaKind.Binary } ? media.Kind : (MediaKind?)null;
                responses.Add(new ResponseModel(entry.Key, response.GetString("description"), responseBody, rawBody));
            }
        }

        var argumentNames = new NameScope(GeneratedNames.OperationLocalNames);
        var parameters = _parameters.Read(pathItem, operation, name, schemaPath, argumentNames);
        var requestContent = RequestContentOf(requestMedia, name, schemaPath + "/requestBody", requestBodyRequired, argumentNames);
        var successBody = responses.FirstOrDefault(r => r.IsSuccess && r.Body is not null)?.Body;
        var security = _security.For(operation);
        var model = new OperationModel(name, method.ToUpperInvariant(), path, documentation, parameters.ToEquatableArray(),
            requestBody, requestBodyRequired, responses.ToEquatableArray(), security,
            _bulk.RateLimitFor(operation, name), _bulk.BatchFor(operation, requestBody, successBody),
            _paging.PagingFor(operation, parameters, requestBody, requestBodyRequired, successBody, SendsQueryCredentials(security)),
            requestContent,
            formBody);
        if (model.Paging is { } paging && !_paging.ClaimMethodNames(operation, name, paging, _operationNames)) model = model with { Paging = null };
        if (ClientGroups.KeyOf(operation, path, _diagnostics) is { } key) _groupKeys[name] = key;
        _schemas.Budget.SpendOnOperation(operation, model);
        return model;
    }

    private bool SendsQueryCredentials(EquatableArray<SecurityRequirementModel> security) =>
        security.SelectMany(requirement => requirement.SchemeKeys)
            .Any(_security.IsQueryKey);

    private string NameOf(string method, string path, YamlMappingNode operation)
    {
        var derived = Identifiers.ToPascalCase(method + " " + path);
        if (operation.Get("operationId") is not YamlScalarNode { Value: { Length: > 0 } operationId })
        {
            var name = ClaimName(derived);
            _diagnostics.Report(DiagnosticDescriptors.MissingOperationId, operation, $"{method.ToUpperInvariant()} {path}", name);
            return name;
        }

        if (!_operationIds.Add(operationId))
        {
            var name = ClaimName(derived);
            _diagnostics.Report(DiagnosticDescriptors.DuplicateOperationId, operation.Get("operationId"), operationId, name);
            return name;
        }

        return ClaimName(Identifiers.ToPascalCase(operationId));
    }

    /// <summary>An operation's name, free together with the name of its <c>…WithResponseAsync</c> method.</summary>
    private string ClaimName(string preferred) => _operationNames.ClaimWith(preferred, null, GeneratedNames.WithResponseSuffix);

    /// <summary>
    /// A response's chosen media type. A success body in a form or multipart type is reported as not supported; an
    /// error body in any type other than JSON is kept as text, as the exception keeps every error body.
    /// </summary>
    private BodyMedia? ResponseMediaOf(YamlMappingNode response, string statusCode, string operationName)
    {
        var media = BodyMedia.Of(response, _schemas);
        if (media is not { Kind: MediaKind.Form or MediaKind.Multipart }) return media;
        if (statusCode.Length == 3 && statusCode[0] == '2')
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, response.GetMapping("content"), $"The {statusCode} response of {operationName} in {media.MediaType}",
                "only JSON, text and binary responses are read");
        }

        return null;
    }

    /// <summary>A request body sent as text, bytes or multipart parts, whose part arguments follow the parameters'.</summary>
    private RequestContentModel? RequestContentOf(BodyMedia? media, string operationName, string schemaPath, bool required, NameScope argumentNames)
    {
        if (media is null || media.Kind is MediaKind.Json or MediaKind.Form) return null;
        if (media.Kind != MediaKind.Multipart) return new RequestContentModel(media.Kind, MediaTypes.Sent(media.MediaType), default);
        return _multipart.Read(media, operationName, schemaPath + "/content/" + JsonPointer.Escape(media.MediaType) + "/schema", required, argumentNames) is { } parts
            ? new RequestContentModel(MediaKind.Multipart, MediaTypes.Essence(media.MediaType), parts)
            : null;
    }

    private static string ResponseSuffix(string statusCode) => statusCode switch
    {
        "200" or "201" or "202" or "2XX" or "2xx" => "Response",
        "400" => "BadRequestResponse",
        "401" => "UnauthorizedResponse",
        "403" => "ForbiddenResponse",
        "404" => "NotFoundResponse",
        "409" => "ConflictResponse",
        "422" => "UnprocessableEntityResponse",
        "429" => "TooManyRequestsResponse",
        "500" => "ServerErrorResponse",
        "default" => "ErrorResponse",
        _ => "Status" + statusCode + "Response",
    };
}
