using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using YamlDotNet.RepresentationModel;

namespace CodeGen.Parsing;

/// <summary>Reads the operations under <c>paths</c>, naming their inline request and response bodies.</summary>
internal sealed class OperationReader
{
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private readonly YamlMappingNode _root;
    private readonly SchemaMapper _schemas;
    private readonly SecurityReader _security;
    private readonly ParameterReader _parameters;
    private readonly BulkExtensionReader _bulk;
    private readonly PagingExtensionReader _paging;
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
        var requestBodyRequired = false;
        if (operation.Get("requestBody") is { } requestBodyNode && _schemas.Dereference(requestBodyNode) is YamlMappingNode body)
        {
            requestBodyRequired = body.GetBoolean("required");
            requestBody = JsonSchemaOf(body, $"The request body of {name}") is { } schema
                ? _schemas.Map(schema, name + "Request", $"#/paths/{JsonPointer.Escape(path)}/{method}/requestBody").Type
                : null;
        }

        var responses = new List<ResponseModel>();
        if (operation.GetMapping("responses") is { } responsesNode)
        {
            foreach (var entry in responsesNode.Entries())
            {
                if (_schemas.Dereference(entry.Value) is not YamlMappingNode response) continue;
                _schemas.UnknownKeys.Check(response, Keywords.Response);
                var schema = JsonSchemaOf(response, $"The {entry.Key} response of {name}");
                var responseBody = schema is null
                    ? null
                    : _schemas.Map(schema, name + ResponseSuffix(entry.Key), $"#/paths/{JsonPointer.Escape(path)}/{method}/responses/{entry.Key}").Type;
                responses.Add(new ResponseModel(entry.Key, response.GetString("description"), responseBody));
            }
        }

        var argumentNames = new NameScope(GeneratedNames.OperationLocals);
        var parameters = _parameters.Read(pathItem, operation, name, schemaPath, argumentNames);
        var successBody = responses.FirstOrDefault(r => r.IsSuccess && r.Body is not null)?.Body;
        var security = _security.For(operation);
        var model = new OperationModel(name, method.ToUpperInvariant(), path, documentation, parameters.ToEquatableArray(),
            requestBody, requestBodyRequired, responses.ToEquatableArray(), security,
            _bulk.RateLimitFor(operation, name), _bulk.BatchFor(operation, requestBody, successBody),
            _paging.PagingFor(operation, parameters, requestBody, requestBodyRequired, successBody, SendsQueryCredentials(security)));
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

    /// <summary>The JSON schema of a request body or response, if it has JSON content.</summary>
    private YamlNode? JsonSchemaOf(YamlMappingNode bodyOrResponse, string what)
    {
        if (bodyOrResponse.GetMapping("content") is not { } content) return null;
        foreach (var mediaType in content.Entries())
        {
            var isJson = mediaType.Key.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ||
                         mediaType.Key.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ||
                         mediaType.Key == "*/*";
            if (isJson && mediaType.Value is YamlMappingNode media) return media.Get("schema");
        }

        var mediaTypes = string.Join(", ", content.Entries().Select(e => e.Key));
        if (mediaTypes.Length > 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, content, $"{what} in {mediaTypes}", "only JSON bodies get a generated type");
        }

        return null;
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
