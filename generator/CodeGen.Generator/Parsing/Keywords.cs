using System;
using System.Collections.Generic;

namespace CodeGen.Parsing;

/// <summary>
/// The keys each object of an OpenAPI document may hold, for telling a typo such as <c>requried</c> from a keyword.
/// Keys starting with <c>x-</c> are extensions and always allowed.
/// </summary>
internal static class Keywords
{
    /// <summary>
    /// Schema keywords: OpenAPI 3.0's Schema Object and every JSON Schema draft OpenAPI documents carry (3.1 uses
    /// 2020-12; 3.0 documents often borrow its <c>examples</c> or <c>const</c>, which are not typos).
    /// </summary>
    public static readonly KeywordSet Schema = new("a schema",
        // OpenAPI 3.0 Schema Object
        "title", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength",
        "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "required", "enum", "type",
        "allOf", "oneOf", "anyOf", "not", "items", "properties", "additionalProperties", "description", "format",
        "default", "nullable", "discriminator", "readOnly", "writeOnly", "xml", "externalDocs", "example", "deprecated",
        "$ref",
        // JSON Schema 2020-12 (core, applicator, validation, meta-data, content, unevaluated)
        "$schema", "$id", "$anchor", "$dynamicAnchor", "$dynamicRef", "$defs", "$comment", "$vocabulary", "const",
        "examples", "prefixItems", "contains", "minContains", "maxContains", "unevaluatedItems", "unevaluatedProperties",
        "propertyNames", "patternProperties", "dependentSchemas", "dependentRequired", "if", "then", "else",
        "contentMediaType", "contentEncoding", "contentSchema",
        // Earlier drafts still met in the wild
        "id", "definitions", "dependencies", "additionalItems", "$recursiveRef", "$recursiveAnchor");

    public static readonly KeywordSet PathItem = new("a path item",
        "$ref", "summary", "description", "get", "put", "post", "delete", "options", "head", "patch", "trace", "servers",
        "parameters");

    public static readonly KeywordSet Operation = new("an operation",
        "tags", "summary", "description", "externalDocs", "operationId", "parameters", "requestBody", "responses",
        "callbacks", "deprecated", "security", "servers");

    public static readonly KeywordSet Parameter = new("a parameter",
        "$ref", "name", "in", "description", "required", "deprecated", "allowEmptyValue", "style", "explode",
        "allowReserved", "schema", "example", "examples", "content");

    public static readonly KeywordSet Response = new("a response",
        "$ref", "description", "headers", "content", "links");

    public static bool IsExtension(string key) => key.StartsWith("x-", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The keywords of one kind of object, and how a message names that kind ("a schema").</summary>
internal sealed class KeywordSet
{
    private readonly HashSet<string> _keywords;

    public KeywordSet(string objectName, params string[] keywords)
    {
        ObjectName = objectName;
        All = keywords;
        _keywords = new HashSet<string>(keywords, StringComparer.Ordinal);
    }

    public string ObjectName { get; }

    public IReadOnlyList<string> All { get; }

    public bool Contains(string key) => _keywords.Contains(key);
}
