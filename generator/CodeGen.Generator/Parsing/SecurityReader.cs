using System.Collections.Generic;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using YamlDotNet.RepresentationModel;

namespace CodeGen.Parsing;

/// <summary>Reads <c>components/securitySchemes</c> and the security requirements that refer to them.</summary>
internal sealed class SecurityReader
{
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, SecuritySchemeModel> _schemes = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _declared = new(System.StringComparer.Ordinal);
    private readonly List<SecurityRequirementModel> _documentDefault;

    /// <param name="optionNames">The property names of the client options, where each credential becomes a setting.</param>
    public SecurityReader(YamlMappingNode root, DiagnosticBag diagnostics, NameScope optionNames)
    {
        _diagnostics = diagnostics;
        if (root.GetMapping("components")?.GetMapping("securitySchemes") is { } schemes)
        {
            foreach (var entry in schemes.Entries())
            {
                _declared.Add(entry.Key);
                if (entry.Value is YamlMappingNode scheme && ReadScheme(entry.Key, scheme, optionNames) is { } model) _schemes[entry.Key] = model;
            }
        }

        _documentDefault = ReadRequirements(root.Get("security")) ?? new List<SecurityRequirementModel>();
    }

    public IReadOnlyCollection<SecuritySchemeModel> Schemes => _schemes.Values;

    /// <summary>The operation's own requirement, else the document's.</summary>
    public EquatableArray<SecurityRequirementModel> For(YamlMappingNode operation) =>
        (ReadRequirements(operation.Get("security")) ?? _documentDefault).ToEquatableArray();

    private SecuritySchemeModel? ReadScheme(string key, YamlMappingNode scheme, NameScope propertyNames)
    {
        var type = scheme.GetString("type");
        var description = scheme.GetString("description");
        var baseName = Identifiers.ToPascalCase(key).TrimStart('@');
        switch (type)
        {
            case "http" when string.Equals(scheme.GetString("scheme"), "bearer", System.StringComparison.OrdinalIgnoreCase):
            case "oauth2":
            case "openIdConnect":
                return new SecuritySchemeModel(key, SecuritySchemeKind.Bearer, ClaimSetting(baseName.EndsWith("Token", System.StringComparison.Ordinal) ? baseName : baseName + "Token"), null, description);
            case "http" when string.Equals(scheme.GetString("scheme"), "basic", System.StringComparison.OrdinalIgnoreCase):
                return new SecuritySchemeModel(key, SecuritySchemeKind.Basic, ClaimSetting(baseName, "Password"), null, description);
            case "apiKey" when scheme.GetString("name") is { Length: > 0 } name:
                var kind = scheme.GetString("in") switch
                {
                    "header" => SecuritySchemeKind.ApiKeyHeader,
                    "query" => SecuritySchemeKind.ApiKeyQuery,
                    "cookie" => SecuritySchemeKind.ApiKeyCookie,
                    _ => (SecuritySchemeKind?)null,
                };
                if (kind is null) break;
                if (kind == SecuritySchemeKind.ApiKeyHeader && !HeaderNames.IsValid(name))
                {
                    _diagnostics.Report(DiagnosticDescriptors.InvalidHeaderName, scheme.Get("name"), name, $"the security scheme '{key}' is left out");
                    return null;
                }

                return new SecuritySchemeModel(key, kind.Value, ClaimSetting(baseName), name, description);
        }

        _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, scheme, $"The security scheme '{key}'",
            "the client does not apply it; add the credential with a DelegatingHandler");
        return null;

        // The setting, together with the provider that may give its secret instead (BearerToken and BearerTokenProvider).
        string ClaimSetting(string name, string secretSuffix = "") =>
            propertyNames.ClaimWith(name, null, secretSuffix + GeneratedNames.ProviderSuffix);
    }

    private List<SecurityRequirementModel>? ReadRequirements(YamlNode? node)
    {
        if (node is null) return null;
        if (node is not YamlSequenceNode alternatives)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, node, "'security' must be a list of security requirements");
            return null;
        }

        var requirements = new List<SecurityRequirementModel>();
        foreach (var alternative in alternatives.Children.OfType<YamlMappingNode>())
        {
            var keys = new List<string>();
            var usable = true;
            foreach (var entry in alternative.Entries())
            {
                if (_schemes.ContainsKey(entry.Key))
                {
                    keys.Add(entry.Key);
                    continue;
                }

                // An alternative with a scheme the client cannot apply cannot be satisfied by it; an unsupported
                // scheme was already reported where it is declared.
                usable = false;
                if (!_declared.Contains(entry.Key))
                {
                    _diagnostics.Report(DiagnosticDescriptors.UnresolvedReference, alternative, entry.Key, "there is no such security scheme under components/securitySchemes");
                }
            }

            if (usable) requirements.Add(new SecurityRequirementModel(keys.ToEquatableArray()));
        }

        return requirements;
    }
}
