using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CodeGen.Tests.Infrastructure;
using CodeGen.Tests.Validation;
using NSwag;

namespace CodeGen.Tests.Http;

/// <summary>
/// A spec as NSwag reads it from the same YAML file: an independent reading of what each operation accepts and
/// answers, so a test can hold the generated clients to the spec without trusting the generator's own parser.
/// </summary>
internal sealed class SpecContract
{
    private static readonly ConcurrentDictionary<string, SpecContract> Loaded = new();
    private readonly SchemaOracle _oracle;
    private readonly OpenApiDocument _document;
    private readonly JsonNode _typedYaml;

    private SpecContract(SchemaOracle oracle, JsonNode typedYaml)
    {
        _oracle = oracle;
        _document = oracle.Document;
        _typedYaml = typedYaml;
    }

    // NSwag's YAML loader keeps every example scalar as a string, so examples are read with YAML's own typing instead.
    public static SpecContract For(string specFileName) =>
        Loaded.GetOrAdd(specFileName, name => new SpecContract(
            SchemaOracle.For(RepoPaths.Spec(name)),
            YamlToJson.Convert(File.ReadAllText(RepoPaths.Spec(name)))!));

    public OpenApiOperationDescription Operation(string operationId) =>
        _document.Operations.Single(o => o.Operation.OperationId == operationId);

    public IEnumerable<string> OperationIds => _document.Operations.Select(o => o.Operation.OperationId);

    /// <summary>The problems NJsonSchema finds in <paramref name="json"/> as the operation's request body.</summary>
    public IReadOnlyList<string> RequestBodyErrors(string operationId, string json)
    {
        var schema = Operation(operationId).Operation.RequestBody.Content["application/json"].Schema;
        return _oracle.Errors(json, schema);
    }

    /// <summary>The documented statuses of an operation, with the example body of each (null when it has none).</summary>
    public IReadOnlyList<(string Status, string? Example)> Responses(string operationId) =>
        Operation(operationId).Operation.Responses
            .Select(r => (r.Key, OperationNode(operationId)["responses"]?[r.Key]?["content"]?["application/json"]?["example"]?.ToJsonString()))
            .ToList();

    /// <summary>The component name of the error body the spec declares for a status.</summary>
    public string ErrorModelName(string operationId, string status)
    {
        var schema = Operation(operationId).Operation.Responses[status].Content["application/json"].Schema.ActualSchema;
        return _document.Components.Schemas.Single(pair => ReferenceEquals(pair.Value, schema)).Key;
    }

    /// <summary>
    /// The example of a response, else one assembled from the property examples of its schema (LeadSquared documents
    /// its error body once, on a general page, not per status).
    /// </summary>
    public string ResponseExample(string operationId, string status)
    {
        if (Responses(operationId).Single(r => r.Status == status).Example is { } example) return example;
        var properties = _typedYaml["components"]!["schemas"]![ErrorModelName(operationId, status)]!["properties"]!.AsObject();
        var assembled = new JsonObject();
        foreach (var (name, property) in properties)
        {
            if (property?["example"] is { } value) assembled[name] = value.DeepClone();
        }

        return assembled.ToJsonString();
    }

    public string? RequestExample(string operationId) =>
        OperationNode(operationId)["requestBody"]?["content"]?["application/json"]?["example"]?.ToJsonString();

    private JsonNode OperationNode(string operationId)
    {
        var description = Operation(operationId);
        return _typedYaml["paths"]![description.Path]![description.Method.ToLowerInvariant()]!;
    }
}
