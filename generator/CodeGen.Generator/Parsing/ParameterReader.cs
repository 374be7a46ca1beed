using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>Reads the parameters of one operation: the path item's, overridden by the operation's own.</summary>
internal sealed class ParameterReader
{
    private readonly SchemaMapper _schemas;
    private readonly DiagnosticBag _diagnostics;

    public ParameterReader(SchemaMapper schemas, DiagnosticBag diagnostics)
    {
        _schemas = schemas;
        _diagnostics = diagnostics;
    }

    /// <param name="reservedNames">C# argument names the operation already uses (the body, the cancellation token).</param>
    public List<ParameterModel> Read(YamlMappingNode pathItem, YamlMappingNode operation, string operationName, string schemaPath, NameScope reservedNames)
    {
        // The operation's parameters replace the path item's with the same name and location (OpenAPI 3, Path Item Object).
        var byKey = new Dictionary<(string Name, string In), YamlMappingNode>();
        var ownPaths = new Dictionary<(string Name, string In), string>();
        var order = new List<(string Name, string In)>();
        var pathItemPath = schemaPath.Substring(0, schemaPath.LastIndexOf('/'));
        foreach (var (node, ownPath) in Declared(pathItem, pathItemPath).Concat(Declared(operation, schemaPath)))
        {
            if (node.GetString("name") is not { Length: > 0 } name || node.GetString("in") is not { } location)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, node, $"A parameter of {operationName} needs a 'name' and an 'in'");
                continue;
            }

            var key = (name, location);
            if (!byKey.ContainsKey(key)) order.Add(key);
            byKey[key] = node;
            ownPaths[key] = ownPath;
        }

        var parameters = new List<ParameterModel>();
        foreach (var key in order)
        {
            var node = byKey[key];
            if (Location(key.In) is not { } location)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, node.Get("in"), $"The parameter '{key.Name}' of {operationName} has 'in: {key.In}'; it must be path, query, header or cookie");
                continue;
            }

            // Content negotiation and Accept are the client's job; the spec may not redefine them (OpenAPI 3, Parameter Object).
            if (location == ParameterLocation.Header && key.Name.ToLowerInvariant() is "accept" or "content-type" or "authorization") continue;
            if (location == ParameterLocation.Header && !HeaderNames.IsValid(key.Name))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidHeaderName, node.Get("name"), key.Name, $"the header parameter of {operationName} is left out");
                continue;
            }

            var mapped = node.Get("schema") is { } schema
                ? _schemas.Map(schema, operationName + Identifiers.ToPascalCase(key.Name), ownPaths[key] + "/schema", key.Name)
                : new MappedSchema(TypeModel.String, false, Documentation.None);
            var required = location == ParameterLocation.Path || node.GetBoolean("required");
            var description = node.GetString("description") ?? mapped.Documentation.Summary;
            var (style, explode, allowReserved) = StyleReader.Read(node, location, $"The {key.In} parameter '{key.Name}' at '{ownPaths[key]}'", _diagnostics);
            parameters.Add(new ParameterModel(
                Name: reservedNames.Claim(ArgumentName(key.Name)),
                WireName: key.Name,
                Location: location,
                Type: mapped.Type,
                IsRequired: required,
                ConstantValue: required ? SingleAllowedValue(node.Get("schema")) : null,
                Documentation: new Documentation(description, null, null),
                Style: style,
                Explode: explode,
                AllowReserved: allowReserved && location == ParameterLocation.Query));
        }

        return parameters;
    }

    /// <summary>
    /// The parameters <paramref name="owner"/> declares, each with the path of its declaration: the component a
    /// <c>$ref</c> points to, so a parameter shared by many operations is reported once, at its own place.
    /// </summary>
    private IEnumerable<(YamlMappingNode Parameter, string OwnPath)> Declared(YamlMappingNode owner, string ownerPath)
    {
        if (owner.Get("parameters") is not { } list) yield break;
        if (list is not YamlSequenceNode sequence)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, list, "'parameters' must be a list");
            yield break;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (_schemas.Dereference(item) is YamlMappingNode parameter)
            {
                _schemas.UnknownKeys.Check(parameter, Keywords.Parameter);
                var reference = (item as YamlMappingNode)?.GetString("$ref");
                yield return (parameter, reference ?? $"{ownerPath}/parameters/{i.ToString(CultureInfo.InvariantCulture)}");
            }
            else if (item is not YamlMappingNode { } mapping || mapping.Get("$ref") is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, item, "A parameter must be a mapping");
            }
        }
    }

    /// <summary>The one value a parameter's schema allows (a single-value enum or a const), if that is all it allows.</summary>
    private string? SingleAllowedValue(YamlNode? schema)
    {
        var resolved = _schemas.Dereference(schema);
        return resolved is YamlMappingNode mapping && EnumMapper.AllowedValues(mapping) is { Count: 1 } values && values[0] is YamlScalarNode { Value: { } value }
            ? value
            : null;
    }

    private static ParameterLocation? Location(string value) => value switch
    {
        "path" => ParameterLocation.Path,
        "query" => ParameterLocation.Query,
        "header" => ParameterLocation.Header,
        "cookie" => ParameterLocation.Cookie,
        _ => null,
    };

    /// <summary><c>contactId</c> → <c>contactId</c>, <c>X-Request-Id</c> → <c>xRequestId</c>, <c>class</c> → <c>@class</c>.</summary>
    internal static string ArgumentName(string wireName)
    {
        var pascal = Identifiers.ToPascalCase(wireName).TrimStart('@', '_');
        if (pascal.Length == 0 || char.IsDigit(pascal[0])) return Identifiers.MakeValid("_" + pascal);
        return Identifiers.MakeValid(char.ToLowerInvariant(pascal[0]) + pascal.Substring(1));
    }
}
