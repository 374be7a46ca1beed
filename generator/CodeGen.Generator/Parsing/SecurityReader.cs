using System.Collections.Generic;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Reads <c>components/securitySchemes</c> and the security requirements that refer to them. Only the schemes a
/// requirement names (an operation's, or the document's) become settings of the client options: a spec may declare
/// schemes none of its operations use, and a setting nothing reads would only mislead.
/// </summary>
internal sealed class SecurityReader
{
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, SecuritySchemeModel> _schemes = new(System.StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private readonly HashSet<string> _declared = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _required = new(System.StringComparer.Ordinal);
    private readonly List<SecurityRequirementModel> _documentDefault;

    public SecurityReader(YamlMappingNode root, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        if (root.GetMapping("components")?.GetMapping("securitySchemes") is { } schemes)
        {
            foreach (var entry in schemes.Entries())
            {
                _declared.Add(entry.Key);
                if (entry.Value is YamlMappingNode scheme && ReadScheme(entry.Key, scheme) is { } model)
                {
                    _schemes[entry.Key] = model;
                    _order.Add(entry.Key);
                }
            }
        }

        _documentDefault = ReadRequirements(root.Get("security")) ?? new List<SecurityRequirementModel>();
    }

    /// <summary>
    /// The schemes some requirement read so far names, in the order they are declared, each with its settings claimed
    /// in <paramref name="optionNames"/> (the property names of the client options). Call it after reading every operation.
    /// </summary>
    public IReadOnlyList<SecuritySchemeModel> Required(NameScope optionNames) =>
        _order.Where(_required.Contains).Select(key => _schemes[key]).Select(scheme => scheme with
        {
            // The setting, together with the provider that may give its secret instead (BearerToken and BearerTokenProvider).
            PropertyName = optionNames.ClaimWith(scheme.PropertyName, null,
                (scheme.Kind == SecuritySchemeKind.Basic ? "Password" : "") + GeneratedNames.ProviderSuffix),
        }).ToList();

    /// <summary>Whether an operation whose requirement names <paramref name="key"/> would send a query credential.</summary>
    public bool IsQueryKey(string key) => _schemes.TryGetValue(key, out var scheme) && scheme.Kind == SecuritySchemeKind.ApiKeyQuery;

    /// <summary>The operation's own requirement, else the document's.</summary>
    public EquatableArray<SecurityRequirementModel> For(YamlMappingNode operation) =>
        (ReadRequirements(operation.Get("security")) ?? _documentDefault).ToEquatableArray();

    /// <summary>The scheme, with the setting name it would like; <see cref="Required"/> claims it.</summary>
    private SecuritySchemeModel? ReadScheme(string key, YamlMappingNode scheme)
    {
        var type = scheme.GetString("type");
        var description = scheme.GetString("description");
        var baseName = Identifiers.ToPascalCase(key).TrimStart('@');
        switch (type)
        {
            case "http" when string.Equals(scheme.GetString("scheme"), "bearer", System.StringComparison.OrdinalIgnoreCase):
            case "oauth2":
            case "openIdConnect":
                return new SecuritySchemeModel(key, SecuritySchemeKind.Bearer, baseName.EndsWith("Token", System.StringComparison.Ordinal) ? baseName : baseName + "Token", null, description);
            case "http" when string.Equals(scheme.GetString("scheme"), "basic", System.StringComparison.OrdinalIgnoreCase):
                return new SecuritySchemeModel(key, SecuritySchemeKind.Basic, baseName, null, description);
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

                return new SecuritySchemeModel(key, kind.Value, baseName, name, description);
        }

        _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, scheme, $"The security scheme '{key}'",
            "the client does not apply it; add the credential with a DelegatingHandler");
        return null;
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

            if (!usable) continue;
            requirements.Add(new SecurityRequirementModel(keys.ToEquatableArray()));
            _required.UnionWith(keys);
        }

        return requirements;
    }
}
