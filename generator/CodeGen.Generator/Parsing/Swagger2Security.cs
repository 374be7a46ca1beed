using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Writes a 2.0 security definition as a 3.0 security scheme: <c>basic</c> as HTTP Basic, <c>apiKey</c> unchanged,
/// <c>oauth2</c> with its one flow under <c>flows</c> (<c>application</c> is 3.0's <c>clientCredentials</c>,
/// <c>accessCode</c> its <c>authorizationCode</c>). Anything else is copied for the security reader to report.
/// </summary>
internal static class Swagger2Security
{
    public static void Write(MarkedYamlWriter writer, YamlNode definition)
    {
        if (definition is not YamlMappingNode scheme || scheme.Get("type") is not YamlScalarNode typeNode)
        {
            writer.Copy(definition);
            return;
        }

        switch (typeNode.Value)
        {
            case "basic":
                writer.StartMapping(scheme);
                writer.Plain("type", typeNode);
                writer.Plain("http", typeNode);
                writer.Plain("scheme", typeNode);
                writer.Plain("basic", typeNode);
                CopyAllBut(writer, scheme, "type");
                writer.EndMapping(scheme);
                break;
            case "oauth2":
                writer.StartMapping(scheme);
                CopyAllBut(writer, scheme, "flow", "authorizationUrl", "tokenUrl", "scopes");
                var flowNode = scheme.Get("flow") ?? scheme;
                writer.Plain("flows", flowNode);
                writer.StartMapping(flowNode);
                writer.Plain(FlowName(scheme.GetString("flow")), flowNode);
                writer.StartMapping(flowNode);
                foreach (var key in new[] { "authorizationUrl", "tokenUrl", "scopes" })
                {
                    if (scheme.Get(key) is { } value) writer.Entry(key, value, value);
                }

                writer.EndMapping(flowNode);
                writer.EndMapping(flowNode);
                writer.EndMapping(scheme);
                break;
            default:
                writer.Copy(scheme);
                break;
        }
    }

    private static string FlowName(string? flow) => flow switch
    {
        "application" => "clientCredentials",
        "accessCode" => "authorizationCode",
        "implicit" or "password" => flow,
        _ => flow ?? "implicit",
    };

    private static void CopyAllBut(MarkedYamlWriter writer, YamlMappingNode mapping, params string[] left)
    {
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } key } && System.Array.IndexOf(left, key) >= 0) continue;
            writer.Copy(entry.Key);
            writer.Copy(entry.Value);
        }
    }
}
