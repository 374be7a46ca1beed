using System.Collections.Generic;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>Reads the document's <c>servers</c>; the first is the client's default.</summary>
internal static class ServerReader
{
    public static List<ServerModel> Read(YamlMappingNode root, DiagnosticBag diagnostics, NameScope optionNames)
    {
        var servers = new List<ServerModel>();
        if (root.GetSequence("servers") is not { } list) return servers;
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode server || server.GetString("url") is not { Length: > 0 } url)
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, node, "A server needs a 'url'");
                continue;
            }

            var variables = new List<ServerVariableModel>();
            foreach (var entry in server.GetMapping("variables")?.Entries() ?? Enumerable.Empty<KeyValuePair<string, YamlNode>>())
            {
                if (entry.Value is not YamlMappingNode variable || variable.GetString("default") is not { } defaultValue)
                {
                    diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, entry.Value, $"The server variable '{entry.Key}' needs a 'default'");
                    continue;
                }

                var allowed = variable.GetSequence("enum")?.Children.OfType<YamlScalarNode>().Select(v => v.Value ?? "").ToEquatableArray() ?? default;
                // Only the default server's variables become settings; later servers are documented alternatives.
                var propertyName = servers.Count == 0 ? optionNames.Claim(Identifiers.ToPascalCase(entry.Key).TrimStart('@')) : Identifiers.ToPascalCase(entry.Key);
                variables.Add(new ServerVariableModel(entry.Key, propertyName, defaultValue, variable.GetString("description"), allowed));
            }

            servers.Add(new ServerModel(url, server.GetString("description"), variables.ToEquatableArray()));
        }

        return servers;
    }
}
