using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NSwag;

namespace CodeGen.Tests.Validation;

/// <summary>
/// An independent judge of request bodies: NJsonSchema's validator over the component schemas of the same YAML the
/// generator reads (loaded by NSwag, with OpenAPI 3.0 semantics such as <c>nullable</c>).
/// </summary>
internal sealed class SchemaOracle
{
    private static readonly ConcurrentDictionary<string, SchemaOracle> BySpec = new(StringComparer.Ordinal);

    private readonly OpenApiDocument _document;
    // The settings, not the parameterless constructor, bring the format validators (email, uri, date-time, ...).
    private readonly JsonSchemaValidator _validator = new(new JsonSchemaValidatorSettings());

    private SchemaOracle(OpenApiDocument document) => _document = document;

    /// <summary>The oracle of a spec file, read once per test run.</summary>
    public static SchemaOracle For(string specPath) =>
        BySpec.GetOrAdd(specPath, path => new SchemaOracle(OpenApiYamlDocument.FromFileAsync(path).GetAwaiter().GetResult()));

    /// <summary>The document as NSwag read it.</summary>
    public OpenApiDocument Document => _document;

    /// <summary>The component schema <paramref name="schemaName"/>, for validating many payloads against it.</summary>
    public JsonSchema Schema(string schemaName) => _document.Components.Schemas[schemaName];

    /// <summary>Every error NJsonSchema finds in <paramref name="json"/>, flattened to <c>path: kind</c>.</summary>
    public IReadOnlyList<string> Errors(string json, string schemaName) => Errors(json, Schema(schemaName));

    /// <summary>Every error NJsonSchema finds in <paramref name="json"/> against <paramref name="schema"/>.</summary>
    public IReadOnlyList<string> Errors(string json, JsonSchema schema) =>
        Flatten(_validator.Validate(json, schema, SchemaType.OpenApi3)).ToList();

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value))) yield return nested;
            }
            else
            {
                yield return $"{error.Path}: {error.Kind}";
            }
        }
    }
}
