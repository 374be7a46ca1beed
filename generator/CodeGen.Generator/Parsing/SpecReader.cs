using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;
using YamlDotNet.Core;

namespace CodeGen.Parsing;

/// <summary>Reads one OpenAPI 3.x or Swagger 2.0 document (YAML or JSON) into an <see cref="ApiModel"/> and its diagnostics.</summary>
internal static class SpecReader
{
    public static SpecResult Read(SpecInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag(input.Path);
        try
        {
            var model = ReadDocument(input, diagnostics, cancellationToken);
            return new SpecResult(model, diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (RejectedDocumentException rejected)
        {
            // A limit on untrusted input was crossed (while reading the document, or the code it would generate).
            diagnostics.Report(rejected.Descriptor, rejected.Start, rejected.End, rejected.Argument);
            return new SpecResult(null, diagnostics.ToEquatableArray());
        }
        catch (Exception exception)
        {
            // Never let an exception escape: the compiler would drop every generated file with a vague CS8785.
            diagnostics.Report(DiagnosticDescriptors.InternalError, Mark.Empty, Mark.Empty, $"{exception.GetType().Name}: {exception.Message}");
            return new SpecResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static ApiModel? ReadDocument(SpecInput input, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var root = LoadYaml(input.Text, diagnostics);
        if (root is null) return null;
        if (Swagger2Upgrade.IsSwagger2(root)) root = Swagger2Upgrade.Upgrade(root, diagnostics, cancellationToken);

        if (root.Get("openapi") is not YamlScalarNode { Value: { } version })
        {
            if (root.Get("swagger") is { } swagger)
            {
                diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, swagger, $"Swagger version '{root.GetString("swagger")}'", "only Swagger 2.0 and OpenAPI 3.0 and 3.1 are read; nothing is generated for it");
            }
            else
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, root, "The document has no 'openapi' version field, so it is not an OpenAPI 3 document; nothing is generated for it");
            }

            return null;
        }

        if (!version.StartsWith("3.", StringComparison.Ordinal))
        {
            diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, root.Get("openapi"), $"OpenAPI version '{version}'", "only OpenAPI 3.0 and 3.1 are read; nothing is generated for it");
            return null;
        }

        var info = root.GetMapping("info");
        if (info is null)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, root, "The document has no 'info' object");
        }

        // Before anything is mapped: the operations left out, and the schemas only they use, are never mapped.
        var usedSchemas = OperationSelector.Apply(root, input.Selection, diagnostics, cancellationToken);
        var apiName = ApiNaming.ApiName(input);
        var types = new SchemaMapper(root, diagnostics, apiName, cancellationToken, new SpecDocuments(input, root, diagnostics));
        types.MapComponents(usedSchemas);
        var optionNames = new NameScope(GeneratedNames.OptionsMembers);
        var servers = ServerReader.Read(root, diagnostics, optionNames);
        var security = new SecurityReader(root, diagnostics);
        var operationReader = new OperationReader(root, types, security, diagnostics, cancellationToken);
        var (operations, groups) = ClientGroups.Assign(types.FinishSharedTypes(operationReader.ReadAll()), operationReader.GroupKeys, ApiNaming.ClientName(apiName));

        return new ApiModel(
            SpecFileName: Path.GetFileName(input.Path),
            Namespace: ApiNaming.Namespace(input, apiName),
            ApiName: apiName,
            ClientName: ApiNaming.ClientName(apiName),
            Title: info?.GetString("title") ?? apiName,
            Version: info?.GetString("version"),
            Description: info?.GetString("description"),
            Objects: types.Objects.ToEquatableArray(),
            Enums: ConstantEnums.LeaveOutUnused(types.Enums, types.Objects, types.Unions, operations).ToEquatableArray(),
            Unions: types.Unions.ToEquatableArray(),
            Operations: operations.ToEquatableArray(),
            Servers: servers.ToEquatableArray(),
            SecuritySchemes: security.Required(optionNames).OrderBy(scheme => scheme.Key, StringComparer.Ordinal).ToEquatableArray(),
            RequestModels: RequestModels.Find(types.Objects, types.Unions, operations).OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray())
        {
            ClientGroups = groups.ToEquatableArray(),
        };
    }

    /// <summary>The document's root, or null (reported) when it cannot be read or, with <paramref name="requireMapping"/>, is not a mapping.</summary>
    internal static YamlMappingNode? LoadYaml(string text, DiagnosticBag diagnostics, bool requireMapping = true)
    {
        var loaded = TryLoadStrictJson(text) ?? TryLoadYaml(text, diagnostics);
        if (loaded is null) return null;

        if (loaded.Root is not YamlMappingNode root)
        {
            if (!requireMapping) return null;
            diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, loaded.Root,
                "The document must be a mapping with 'openapi', 'info' and 'paths' at its top level");
            return null;
        }

        return root;
    }

    private static Loaded? TryLoadYaml(string text, DiagnosticBag diagnostics)
    {
        try
        {
            return ParseYaml(text);
        }
        catch (YamlException exception)
        {
            diagnostics.Report(DiagnosticDescriptors.YamlSyntaxError, exception.Start, exception.End, Describe(exception));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet throws this, without a position, for some malformed flow collections.
            var lastGood = LastParsedPosition(text);
            diagnostics.Report(DiagnosticDescriptors.YamlSyntaxError, lastGood, lastGood, $"the YAML is malformed after this point ({exception.Message})");
            return null;
        }
    }

    /// <summary>Loads YAML within the document limits, repairing block scalars PyYAML reads and YamlDotNet refuses.</summary>
    private static Loaded ParseYaml(string text)
    {
        try
        {
            return new Loaded(NodeLoader.LoadFirstRoot(new LimitedParser(new Parser(new StringReader(text)))));
        }
        catch (YamlException exception) when (EmptyBlockScalars.IsTheirError(exception))
        {
            var repaired = EmptyBlockScalars.Repair(text);
            if (ReferenceEquals(repaired, text)) throw;
            return new Loaded(NodeLoader.LoadFirstRoot(new LimitedParser(new Parser(new StringReader(repaired)))));
        }
    }

    /// <summary>
    /// JSON documents are checked in one pass several times faster than YAML's scanner, and their nodes are built as
    /// they are read (<see cref="JsonOutline"/>); whatever the check declines is read by YamlDotNet, which also
    /// reports every syntax error. A document past the limits is refused here, where YamlDotNet's parser would reach it.
    /// </summary>
    private static Loaded? TryLoadStrictJson(string text)
    {
        if (!JsonEventParser.StartsLikeJson(text)) return null;
        try
        {
            return new Loaded(JsonOutline.Load(text));
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or RejectedDocumentException))
        {
            return null;
        }
    }

    private static Mark LastParsedPosition(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext()) last = parser.Current?.End ?? last;
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            // The position of the last event read is as close as the parser gets.
        }

        return last;
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is carried separately.
        var message = exception.InnerException?.Message ?? exception.Message;
        var separator = message.LastIndexOf("): ", StringComparison.Ordinal);
        return separator >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(separator + 3) : message;
    }

    /// <summary>A read document: the root of its first YAML document, null when the text holds none.</summary>
    private sealed record Loaded(YamlNode? Root);
}

/// <summary>The result of reading one spec: the model (null when nothing can be generated) and the diagnostics.</summary>
internal sealed record SpecResult(ApiModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
