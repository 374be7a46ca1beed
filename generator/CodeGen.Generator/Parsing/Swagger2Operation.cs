using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Writes a 2.0 operation as a 3.0 one: its <c>in: body</c> parameter, or its <c>in: formData</c> parameters, become
/// the request body in the media type it consumes, and each response's <c>schema</c> the content in the media type it
/// produces. Only the preferred media type (JSON if listed) is written, the one a body type is generated for.
/// </summary>
internal sealed class Swagger2Operation
{
    private const string DefaultMediaType = "application/json";
    private const string FormMediaType = "application/x-www-form-urlencoded";
    private const string MultipartMediaType = "multipart/form-data";

    private readonly YamlMappingNode _root;
    private readonly MarkedYamlWriter _writer;
    private readonly DiagnosticBag _diagnostics;

    public Swagger2Operation(YamlMappingNode root, MarkedYamlWriter writer, DiagnosticBag diagnostics)
    {
        _root = root;
        _writer = writer;
        _diagnostics = diagnostics;
    }

    public static bool IsBodyParameter(YamlNode node) => node is YamlMappingNode parameter && parameter.GetString("in") == "body";

    /// <summary>A parameter under the document's <c>parameters</c>, written under <c>components/parameters</c>.</summary>
    public void WriteSharedParameter(YamlNode parameter) => WriteParameter(parameter);

    /// <summary>A body parameter under the document's <c>parameters</c>, written under <c>components/requestBodies</c>.</summary>
    public void WriteSharedBody(YamlNode parameter) => WriteBody((YamlMappingNode)parameter, _root.GetSequence("consumes"));

    /// <summary>A path item's parameters that stay parameters; its body and form fields go to each operation.</summary>
    public void WritePathParameters(YamlSequenceNode parameters)
    {
        _writer.StartSequence(parameters);
        foreach (var item in parameters.Children.Where(item => Classify(item).Kind == Kind.Parameter)) WriteParameter(item);
        _writer.EndSequence(parameters);
    }

    public void Write(YamlMappingNode operation, YamlSequenceNode? pathParameters)
    {
        var consumes = operation.GetSequence("consumes") ?? _root.GetSequence("consumes");
        var produces = operation.GetSequence("produces") ?? _root.GetSequence("produces");
        var own = (operation.GetSequence("parameters")?.Children ?? Enumerable.Empty<YamlNode>()).Select(Classify).ToList();
        // The operation's own body replaces the path item's, and its own form fields those of the same name.
        var ownHasBody = own.Any(p => p.Kind == Kind.Body);
        var ownFormFields = new HashSet<string>(own.Where(p => p.Kind == Kind.Form).Select(p => p.Name), StringComparer.Ordinal);
        var inherited = (pathParameters?.Children ?? Enumerable.Empty<YamlNode>()).Select(Classify)
            .Where(p => p.Kind == Kind.Body ? !ownHasBody : p.Kind == Kind.Form && !ownFormFields.Contains(p.Name));
        var fields = inherited.Concat(own).Where(p => p.Kind != Kind.Parameter).ToList();

        _writer.StartMapping(operation);
        foreach (var entry in operation.Children)
        {
            switch ((entry.Key as YamlScalarNode)?.Value)
            {
                case "consumes" or "produces" or "schemes":
                    break;
                case "parameters" when entry.Value is YamlSequenceNode list:
                    if (own.All(p => p.Kind != Kind.Parameter)) break;
                    _writer.Copy(entry.Key);
                    _writer.StartSequence(list);
                    foreach (var parameter in own.Where(p => p.Kind == Kind.Parameter)) WriteParameter(parameter.Node);
                    _writer.EndSequence(list);
                    break;
                case "responses" when entry.Value is YamlMappingNode responses:
                    _writer.Copy(entry.Key);
                    _writer.StartMapping(responses);
                    foreach (var response in responses.Children)
                    {
                        _writer.Copy(response.Key);
                        WriteResponse(response.Value, produces);
                    }

                    _writer.EndMapping(responses);
                    break;
                default:
                    _writer.Copy(entry.Key);
                    _writer.Copy(entry.Value);
                    break;
            }
        }

        WriteRequestBody(fields, consumes);
        _writer.EndMapping(operation);
    }

    /// <summary>A 2.0 response (or a reference to one) as a 3.0 one: its schema as content, its headers with schemas.</summary>
    public void WriteResponse(YamlNode node, YamlSequenceNode? producesOfOperation)
    {
        if (node is not YamlMappingNode response || response.Get("$ref") is not null)
        {
            Swagger2Schema.Write(_writer, node);
            return;
        }

        _writer.StartMapping(response);
        foreach (var entry in response.Children)
        {
            switch ((entry.Key as YamlScalarNode)?.Value)
            {
                case "examples":
                    break;
                case "schema":
                    _writer.Plain("content", entry.Key);
                    WriteContent(Preferred(producesOfOperation ?? _root.GetSequence("produces"), entry.Key), entry.Value,
                        () => Swagger2Schema.Write(_writer, entry.Value));
                    break;
                case "headers" when entry.Value is YamlMappingNode headers:
                    _writer.Copy(entry.Key);
                    _writer.StartMapping(headers);
                    foreach (var header in headers.Children)
                    {
                        _writer.Copy(header.Key);
                        if (header.Value is YamlMappingNode headerNode) Swagger2Schema.WriteParameter(_writer, headerNode, _diagnostics, isHeader: true);
                        else _writer.Copy(header.Value);
                    }

                    _writer.EndMapping(headers);
                    break;
                default:
                    _writer.Copy(entry.Key);
                    _writer.Copy(entry.Value);
                    break;
            }
        }

        _writer.EndMapping(response);
    }

    private void WriteParameter(YamlNode parameter)
    {
        if (parameter is YamlMappingNode mapping && mapping.Get("$ref") is null) Swagger2Schema.WriteParameter(_writer, mapping, _diagnostics);
        else Swagger2Schema.Write(_writer, parameter);
    }

    private void WriteRequestBody(List<Field> fields, YamlSequenceNode? consumes)
    {
        var bodies = fields.Where(f => f.Kind == Kind.Body).ToList();
        var form = fields.Where(f => f.Kind == Kind.Form).ToList();
        foreach (var extra in bodies.Skip(1).Concat(bodies.Count > 0 ? form : Enumerable.Empty<Field>()))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, extra.Node,
                $"The parameter '{extra.Name}' is left out: an operation has one body parameter, or form parameters, not both and not more than one body");
        }

        if (bodies.Count > 0)
        {
            var body = bodies[0];
            _writer.Plain("requestBody", body.Node);
            if (body.Node is YamlMappingNode { } reference && reference.Get("$ref") is YamlScalarNode pointer)
            {
                _writer.StartMapping(reference);
                _writer.Plain("$ref", pointer);
                _writer.Quoted("#/components/requestBodies/" + pointer.Value!.Substring("#/parameters/".Length), pointer);
                _writer.EndMapping(reference);
            }
            else
            {
                WriteBody(body.Target, consumes);
            }
        }
        else if (form.Count > 0)
        {
            _writer.Plain("requestBody", form[0].Node);
            WriteFormBody(form, consumes);
        }
    }

    private void WriteBody(YamlMappingNode parameter, YamlSequenceNode? consumes)
    {
        _writer.StartMapping(parameter);
        foreach (var entry in parameter.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } key } && (key is "description" or "required" || key.StartsWith("x-", StringComparison.Ordinal)))
            {
                _writer.Copy(entry.Key);
                _writer.Copy(entry.Value);
            }
        }

        var schema = parameter.Get("schema");
        if (schema is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, parameter,
                $"The body parameter '{parameter.GetString("name")}' has no 'schema'; the request body has no type");
        }

        _writer.Plain("content", parameter);
        WriteContent(Preferred(consumes, parameter), schema ?? parameter, schema is null ? null : () => Swagger2Schema.Write(_writer, schema));
        _writer.EndMapping(parameter);
    }

    /// <summary>Form parameters as one object schema, in the form media type the operation consumes.</summary>
    private void WriteFormBody(List<Field> form, YamlSequenceNode? consumes)
    {
        var at = form[0].Node;
        var listed = consumes?.Children.OfType<YamlScalarNode>().Select(c => c.Value).ToList() ?? new List<string>();
        var hasFile = form.Any(f => f.Target.GetString("type") == "file");
        var mediaType = hasFile || (listed.Contains(MultipartMediaType) && !listed.Contains(FormMediaType)) ? MultipartMediaType : FormMediaType;
        var required = form.Where(f => f.Target.GetBoolean("required")).ToList();

        _writer.StartMapping(at);
        if (required.Count > 0)
        {
            _writer.Plain("required", required[0].Node);
            _writer.Plain("true", required[0].Node);
        }

        _writer.Plain("content", at);
        WriteContent((mediaType, at), at, () =>
        {
            _writer.StartMapping(at);
            _writer.Plain("type", at);
            _writer.Plain("object", at);
            _writer.Plain("properties", at);
            _writer.StartMapping(at);
            foreach (var field in form)
            {
                _writer.Quoted(field.Name, field.Node);
                if (field.Node == field.Target) Swagger2Schema.WriteFormField(_writer, field.Target);
                else WriteReference(field.Node, "#/components/parameters/" + JsonPointer.Escape(field.SharedName!) + "/schema");
            }

            _writer.EndMapping(at);
            if (required.Count > 0)
            {
                _writer.Plain("required", at);
                _writer.StartSequence(at);
                foreach (var field in required) _writer.Quoted(field.Name, field.Node);
                _writer.EndSequence(at);
            }

            _writer.EndMapping(at);
        }, mediaType == FormMediaType ? () => WriteFormEncoding(form) : null);
        _writer.EndMapping(at);
    }

    /// <summary>
    /// The <c>encoding</c> of a url-encoded form's array fields from their <c>collectionFormat</c> (<c>csv</c> by
    /// default), so they are sent as 2.0 describes rather than with the brackets of an undescribed field.
    /// </summary>
    private void WriteFormEncoding(List<Field> form)
    {
        var arrays = form.Where(f => f.Target.GetString("type") == "array").ToList();
        if (arrays.Count == 0) return;
        _writer.Plain("encoding", arrays[0].Node);
        _writer.StartMapping(arrays[0].Node);
        foreach (var field in arrays)
        {
            var format = field.Target.GetString("collectionFormat") ?? "csv";
            var at = field.Target.Get("collectionFormat") ?? field.Node;
            if (Swagger2Schema.CollectionStyle("formData", format) is not var (style, explode))
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, at, $"The collectionFormat '{format}' of the form parameter '{field.Name}'",
                    "OpenAPI 3 has no such style for it; the values are sent one pair per item");
                (style, explode) = ("form", true);
            }

            _writer.Quoted(field.Name, field.Node);
            _writer.StartMapping(at);
            _writer.Plain("style", at);
            _writer.Plain(style, at);
            _writer.Plain("explode", at);
            _writer.Plain(explode ? "true" : "false", at);
            _writer.EndMapping(at);
        }

        _writer.EndMapping(arrays[0].Node);
    }

    /// <summary>
    /// Writes <c>{ mediaType: { schema: … } }</c>, the schema left out when <paramref name="writeSchema"/> is null,
    /// and what <paramref name="writeMore"/> adds beside it.
    /// </summary>
    private void WriteContent((string MediaType, YamlNode At) preferred, YamlNode at, Action? writeSchema, Action? writeMore = null)
    {
        _writer.StartMapping(at);
        _writer.Quoted(preferred.MediaType, preferred.At);
        _writer.StartMapping(at);
        if (writeSchema is not null)
        {
            _writer.Plain("schema", at);
            writeSchema();
        }

        writeMore?.Invoke();

        _writer.EndMapping(at);
        _writer.EndMapping(at);
    }

    private void WriteReference(YamlNode at, string pointer)
    {
        _writer.StartMapping(at);
        _writer.Plain("$ref", at);
        _writer.Quoted(pointer, at);
        _writer.EndMapping(at);
    }

    /// <summary>The first JSON media type listed, else the first listed, else JSON (placed at <paramref name="at"/>).</summary>
    private static (string MediaType, YamlNode At) Preferred(YamlSequenceNode? listed, YamlNode at)
    {
        var types = listed?.Children.OfType<YamlScalarNode>().Where(t => t.Value is { Length: > 0 }).ToList() ?? new List<YamlScalarNode>();
        var chosen = types.FirstOrDefault(t => IsJson(t.Value!)) ?? types.FirstOrDefault();
        return chosen is null ? (DefaultMediaType, at) : (chosen.Value!, chosen);
    }

    private static bool IsJson(string mediaType) => MediaTypes.IsJson(mediaType) || mediaType == "*/*";

    /// <summary>What a 2.0 parameter becomes, following a reference to the document's <c>parameters</c>.</summary>
    private Field Classify(YamlNode item)
    {
        var target = item as YamlMappingNode;
        string? sharedName = null;
        if (target?.Get("$ref") is YamlScalarNode { Value: { } reference } && reference.StartsWith("#/parameters/", StringComparison.Ordinal))
        {
            sharedName = JsonPointer.Unescape(reference.Substring("#/parameters/".Length));
            target = _root.GetMapping("parameters")?.GetMapping(sharedName);
        }
        else if (target?.Get("$ref") is not null)
        {
            target = null;
        }

        var kind = target?.GetString("in") switch
        {
            "body" => Kind.Body,
            "formData" => Kind.Form,
            _ => Kind.Parameter,
        };
        return new Field(kind, item, target ?? new YamlMappingNode(), target?.GetString("name") ?? "", sharedName);
    }

    private enum Kind
    {
        Parameter,
        Body,
        Form,
    }

    /// <param name="Node">The parameter as listed (perhaps a reference).</param>
    /// <param name="Target">The parameter it is, the reference followed.</param>
    /// <param name="SharedName">Its name under the document's <c>parameters</c>, when it is a reference.</param>
    private sealed record Field(Kind Kind, YamlNode Node, YamlMappingNode Target, string Name, string? SharedName);
}
