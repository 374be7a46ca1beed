using System;
using System.Linq;
using System.Threading;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Rewrites a Swagger 2.0 document as the OpenAPI 3.0 document it describes, so the rest of the reader sees one
/// shape. Every node of the result carries the position of the 2.0 node it came from, so diagnostics point into the
/// file as written. The README's "Swagger 2.0" section lists what maps to what.
/// </summary>
internal sealed class Swagger2Upgrade
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch" };

    private readonly YamlMappingNode _root;
    private readonly MarkedYamlWriter _writer = new();
    private readonly Swagger2Operation _operations;
    private readonly CancellationToken _cancellationToken;

    private Swagger2Upgrade(YamlMappingNode root, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        _root = root;
        _operations = new Swagger2Operation(root, _writer, diagnostics);
        _cancellationToken = cancellationToken;
    }

    public static bool IsSwagger2(YamlMappingNode root) =>
        root.Get("openapi") is null && root.GetString("swagger") is { } version && version.StartsWith("2.", StringComparison.Ordinal);

    public static YamlMappingNode Upgrade(YamlMappingNode root, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        new Swagger2Upgrade(root, diagnostics, cancellationToken).Write();

    private YamlMappingNode Write()
    {
        _writer.StartMapping(_root);
        foreach (var entry in _root.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key } keyNode) continue;
            switch (key)
            {
                case "swagger":
                    _writer.Plain("openapi", keyNode);
                    _writer.Quoted("3.0.3", entry.Value);
                    break;
                case "host" or "basePath" or "schemes" or "consumes" or "produces" or "definitions" or "parameters" or "responses" or "securityDefinitions":
                    break;
                case "paths" when entry.Value is YamlMappingNode paths:
                    _writer.Copy(keyNode);
                    WritePaths(paths);
                    break;
                default:
                    _writer.Copy(keyNode);
                    _writer.Copy(entry.Value);
                    break;
            }
        }

        WriteServers();
        WriteComponents();
        _writer.EndMapping(_root);
        return _writer.Load();
    }

    /// <summary><c>schemes</c>, <c>host</c> and <c>basePath</c> as one server per scheme (https when none is given).</summary>
    private void WriteServers()
    {
        var host = _root.GetString("host");
        var basePath = _root.GetString("basePath") ?? "";
        if (host is null && basePath.Length == 0) return;
        var at = _root.Get("host") ?? _root.Get("basePath")!;
        var schemes = _root.GetSequence("schemes")?.Children.OfType<YamlScalarNode>().Where(s => s.Value is { Length: > 0 }).ToList();
        _writer.Plain("servers", at);
        _writer.StartSequence(at);
        if (host is null)
        {
            WriteServer(basePath, at);
        }
        else if (schemes is null || schemes.Count == 0)
        {
            WriteServer("https://" + host + basePath, at);
        }
        else
        {
            foreach (var scheme in schemes) WriteServer(scheme.Value + "://" + host + basePath, scheme);
        }

        _writer.EndSequence(at);
    }

    private void WriteServer(string url, YamlNode at)
    {
        _writer.StartMapping(at);
        _writer.Plain("url", at);
        _writer.Quoted(url, at);
        _writer.EndMapping(at);
    }

    private void WritePaths(YamlMappingNode paths)
    {
        _writer.StartMapping(paths);
        foreach (var pathEntry in paths.Children)
        {
            _writer.Copy(pathEntry.Key);
            if (pathEntry.Value is not YamlMappingNode pathItem)
            {
                _writer.Copy(pathEntry.Value);
                continue;
            }

            _writer.StartMapping(pathItem);
            foreach (var entry in pathItem.Children)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var key = (entry.Key as YamlScalarNode)?.Value;
                if (key == "parameters" && entry.Value is YamlSequenceNode shared)
                {
                    _writer.Copy(entry.Key);
                    _operations.WritePathParameters(shared);
                }
                else if (Methods.Contains(key) && entry.Value is YamlMappingNode operation)
                {
                    _writer.Copy(entry.Key);
                    _operations.Write(operation, pathItem.GetSequence("parameters"));
                }
                else
                {
                    _writer.Copy(entry.Key);
                    _writer.Copy(entry.Value);
                }
            }

            _writer.EndMapping(pathItem);
        }

        _writer.EndMapping(paths);
    }

    /// <summary><c>definitions</c>, <c>parameters</c>, <c>responses</c> and <c>securityDefinitions</c> under <c>components</c>.</summary>
    private void WriteComponents()
    {
        var definitions = _root.GetMapping("definitions");
        var parameters = _root.GetMapping("parameters");
        var responses = _root.GetMapping("responses");
        var security = _root.GetMapping("securityDefinitions");
        if (definitions is null && parameters is null && responses is null && security is null) return;

        var at = (YamlNode?)definitions ?? (YamlNode?)parameters ?? (YamlNode?)responses ?? security!;
        _writer.Plain("components", at);
        _writer.StartMapping(at);
        if (definitions is not null) WriteComponent("schemas", definitions, schema => Swagger2Schema.Write(_writer, schema));
        if (parameters is not null)
        {
            WriteComponent("parameters", parameters, _operations.WriteSharedParameter, parameter => !Swagger2Operation.IsBodyParameter(parameter));
            WriteComponent("requestBodies", parameters, _operations.WriteSharedBody, Swagger2Operation.IsBodyParameter);
        }

        if (responses is not null) WriteComponent("responses", responses, response => _operations.WriteResponse(response, producesOfOperation: null));
        if (security is not null) WriteComponent("securitySchemes", security, scheme => Swagger2Security.Write(_writer, scheme));
        _writer.EndMapping(at);
    }

    private void WriteComponent(string name, YamlMappingNode source, Action<YamlNode> write, Func<YamlNode, bool>? filter = null)
    {
        var entries = source.Children.Where(e => e.Key is YamlScalarNode && (filter is null || filter(e.Value))).ToList();
        if (entries.Count == 0) return;
        _writer.Plain(name, source);
        _writer.StartMapping(source);
        foreach (var entry in entries)
        {
            _writer.Copy(entry.Key);
            write(entry.Value);
        }

        _writer.EndMapping(source);
    }
}
