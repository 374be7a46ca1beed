using System;
using CodeGen.Diagnostics;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Writes Swagger 2.0 schemas and non-body parameters in their OpenAPI 3.0 form: references to the 3.0 locations,
/// <c>x-nullable</c> as <c>nullable</c>, <c>type: file</c> as a binary string, a discriminator's property name as a
/// Discriminator Object, and a parameter's type keywords moved into its <c>schema</c>.
/// </summary>
internal static class Swagger2Schema
{
    /// <summary>A 2.0 reference at its 3.0 location: <c>#/definitions/Pet</c> → <c>#/components/schemas/Pet</c>.</summary>
    public static string Reference(string reference) =>
        Moved(reference, "#/definitions/", JsonPointer.ComponentSchemas) ??
        Moved(reference, "#/parameters/", "#/components/parameters/") ??
        Moved(reference, "#/responses/", "#/components/responses/") ??
        reference;

    /// <summary>Writes a schema. Its recursion follows the document, which is at most <see cref="DocumentLimits.MaxDepth"/> deep.</summary>
    public static void Write(MarkedYamlWriter writer, YamlNode schema)
    {
        if (schema is not YamlMappingNode mapping)
        {
            writer.Copy(schema);
            return;
        }

        writer.StartMapping(mapping);
        WriteKeywords(writer, mapping, skip: null);
        writer.EndMapping(mapping);
    }

    /// <summary>Writes a 2.0 non-body parameter (or a response header, without name and location) as a 3.0 one.</summary>
    public static void WriteParameter(MarkedYamlWriter writer, YamlMappingNode parameter, DiagnosticBag diagnostics, bool isHeader = false)
    {
        writer.StartMapping(parameter);
        foreach (var entry in parameter.Children)
        {
            // collectionFormat becomes the style and explode written below.
            if (entry.Key is YamlScalarNode { Value: { } key } && IsParameterField(key) && key != "collectionFormat" && !(isHeader && key is "name" or "in"))
            {
                writer.Copy(entry.Key);
                writer.Copy(entry.Value);
            }
        }

        writer.Plain("schema", parameter);
        writer.StartMapping(parameter);
        WriteKeywords(writer, parameter, skip: IsParameterField);
        writer.EndMapping(parameter);
        if (!isHeader) WriteStyle(writer, parameter, diagnostics);
        writer.EndMapping(parameter);
    }

    /// <summary>Writes a form field's schema: the parameter's type keywords, with its description.</summary>
    public static void WriteFormField(MarkedYamlWriter writer, YamlMappingNode parameter)
    {
        writer.StartMapping(parameter);
        WriteKeywords(writer, parameter, skip: key => IsParameterField(key) && key != "description");
        writer.EndMapping(parameter);
    }

    /// <summary>The keys of a 2.0 parameter that stay on the 3.0 parameter; the rest describe its value, its schema.</summary>
    private static bool IsParameterField(string key) =>
        key is "name" or "in" or "description" or "required" or "allowEmptyValue" or "collectionFormat" ||
        (key.StartsWith("x-", StringComparison.Ordinal) && key != "x-nullable");

    private static void WriteKeywords(MarkedYamlWriter writer, YamlMappingNode schema, Func<string, bool>? skip)
    {
        var isFile = schema.GetString("type") == "file";
        var hasNullable = schema.Get("nullable") is not null;
        foreach (var entry in schema.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key } keyNode || skip?.Invoke(key) == true) continue;
            switch (key)
            {
                case "$ref" when entry.Value is YamlScalarNode { Value: { } reference }:
                    writer.Copy(keyNode);
                    writer.Quoted(Reference(reference), entry.Value);
                    break;
                case "type" when isFile:
                    writer.Copy(keyNode);
                    writer.Plain("string", entry.Value);
                    writer.Plain("format", entry.Value);
                    writer.Plain("binary", entry.Value);
                    break;
                case "format" when isFile:
                case "collectionFormat":
                    break;
                case "x-nullable" when !hasNullable:
                    writer.Plain("nullable", keyNode);
                    writer.Copy(entry.Value);
                    break;
                case "discriminator" when entry.Value is YamlScalarNode:
                    writer.Copy(keyNode);
                    writer.StartMapping(entry.Value);
                    writer.Entry("propertyName", entry.Value, entry.Value);
                    writer.EndMapping(entry.Value);
                    break;
                case "properties" when entry.Value is YamlMappingNode properties:
                    writer.Copy(keyNode);
                    writer.StartMapping(properties);
                    foreach (var property in properties.Children)
                    {
                        writer.Copy(property.Key);
                        Write(writer, property.Value);
                    }

                    writer.EndMapping(properties);
                    break;
                case "items" or "additionalProperties" or "not":
                    writer.Copy(keyNode);
                    Write(writer, entry.Value);
                    break;
                case "allOf" or "anyOf" or "oneOf" when entry.Value is YamlSequenceNode list:
                    writer.Copy(keyNode);
                    writer.StartSequence(list);
                    foreach (var item in list.Children) Write(writer, item);
                    writer.EndSequence(list);
                    break;
                default:
                    writer.Copy(keyNode);
                    writer.Copy(entry.Value);
                    break;
            }
        }
    }

    /// <summary>
    /// A 2.0 array parameter's <c>collectionFormat</c> as a 3.0 <c>style</c> and <c>explode</c>. The 2.0 default,
    /// <c>csv</c>, is comma-separated, where 3.0's default for a query is one pair per value: it is written out.
    /// </summary>
    private static void WriteStyle(MarkedYamlWriter writer, YamlMappingNode parameter, DiagnosticBag diagnostics)
    {
        if (parameter.GetString("type") != "array") return;
        var location = parameter.GetString("in");
        var format = parameter.GetString("collectionFormat") ?? "csv";
        var at = parameter.Get("collectionFormat") ?? parameter;
        if (location == "formData") return;
        if (CollectionStyle(location, format) is not var (style, explode))
        {
            diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, at,
                $"The collectionFormat '{format}' of the {location} parameter '{parameter.GetString("name")}'",
                "OpenAPI 3 has no such style for it; the values are sent in the location's default style");
            return;
        }

        writer.Plain("style", at);
        writer.Plain(style, at);
        writer.Plain("explode", at);
        writer.Plain(explode ? "true" : "false", at);
    }

    /// <summary>
    /// The 3.0 <c>style</c> and <c>explode</c> of a 2.0 <c>collectionFormat</c> in a location (a form field is written
    /// as a query is); null where 3.0 has none, such as <c>tsv</c>.
    /// </summary>
    public static (string Style, bool Explode)? CollectionStyle(string? location, string format) => (location, format) switch
    {
        ("query" or "formData", "csv") => ("form", false),
        ("query" or "formData", "multi") => ("form", true),
        ("query" or "formData", "ssv") => ("spaceDelimited", false),
        ("query" or "formData", "pipes") => ("pipeDelimited", false),
        ("path" or "header", "csv") => ("simple", false),
        _ => null,
    };

    private static string? Moved(string reference, string from, string to) =>
        reference.StartsWith(from, StringComparison.Ordinal) ? to + reference.Substring(from.Length) : null;
}
