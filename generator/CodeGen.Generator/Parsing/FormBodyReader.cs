using System;
using System.Collections.Generic;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>Reads an <c>application/x-www-form-urlencoded</c> request body: its type must have properties, and its <c>encoding</c> says how each is sent.</summary>
internal sealed class FormBodyReader
{
    private readonly DiagnosticBag _diagnostics;

    public FormBodyReader(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>The form of a body of <paramref name="type"/>, or null (reported) when the type is not made of named values.</summary>
    public FormBodyModel? Read(YamlMappingNode media, TypeModel type, string operationName)
    {
        if (type.Kind is not (TypeKind.Object or TypeKind.Map or TypeKind.Any))
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, media.Get("schema") ?? media,
                $"The form body of {operationName}, which is not an object", "a form is made of named values; the operation takes no body");
            return null;
        }

        var encodings = new List<FormPropertyEncoding>();
        if (media.Get("encoding") is { } node)
        {
            if (node is not YamlMappingNode mapping)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, node, $"The 'encoding' of the form body of {operationName} must be a mapping");
            }
            else
            {
                foreach (var entry in mapping.Entries())
                {
                    if (entry.Value is YamlMappingNode encoding) encodings.Add(Read(entry.Key, encoding, operationName));
                    else _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, entry.Value, $"The encoding of '{entry.Key}' in the form body of {operationName} must be a mapping");
                }
            }
        }

        return new FormBodyModel(encodings.ToEquatableArray());
    }

    /// <summary>
    /// A form schema with no properties that allows none (Stripe's GET operations declare one): there is nothing to
    /// send, so the operation takes no body.
    /// </summary>
    public static bool HoldsNothing(YamlNode? schema) =>
        schema is YamlMappingNode mapping &&
        mapping.GetString("additionalProperties") == "false" &&
        (mapping.Get("properties") is null || mapping.GetMapping("properties") is { Children.Count: 0 }) &&
        mapping.Get("allOf") is null && mapping.Get("anyOf") is null && mapping.Get("oneOf") is null;

    private FormPropertyEncoding Read(string property, YamlMappingNode encoding, string operationName)
    {
        var (style, explode, allowReserved) = StyleReader.Read(encoding, ParameterLocation.Query, $"The encoding of '{property}' in the form body of {operationName}", _diagnostics);
        // Without style, explode or allowReserved, a JSON contentType says the value is sent as JSON text (OpenAPI 3, Encoding Object).
        var styled = encoding.Get("style") is not null || encoding.Get("explode") is not null || encoding.Get("allowReserved") is not null;
        var contentType = encoding.GetString("contentType") ?? "";
        var asJson = !styled && MediaTypes.IsJson(contentType);
        return new FormPropertyEncoding(property, style, explode, allowReserved, asJson);
    }
}
