using System;
using System.IO;
using CodeGen.Helpers;
using CodeGen.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Parsing;

/// <summary>The default names of a spec's generated code, from its file name and the project's settings.</summary>
internal static class ApiNaming
{
    /// <summary>
    /// The prefix of the spec's infrastructure types: the <c>ClientName</c> metadata without a trailing "Client",
    /// else the file name in PascalCase (<c>leadsquared.yaml</c> → <c>Leadsquared</c>).
    /// </summary>
    public static string ApiName(SpecInput input)
    {
        if (!string.IsNullOrWhiteSpace(input.ClientName))
        {
            var name = Identifiers.ToPascalCase(input.ClientName);
            return name.Length > "Client".Length && name.EndsWith("Client", StringComparison.Ordinal)
                ? name.Substring(0, name.Length - "Client".Length)
                : name;
        }

        return Identifiers.ToPascalCase(Path.GetFileNameWithoutExtension(input.Path));
    }

    /// <summary>The client class: <c>LeadSquared</c> → <c>LeadSquaredClient</c>.</summary>
    public static string ClientName(string apiName) => GeneratedNames.Client(apiName);

    /// <summary>The <c>Namespace</c> metadata when given, else <c>RootNamespace.ApiName</c>.</summary>
    public static string Namespace(SpecInput input, string apiName)
    {
        if (!string.IsNullOrWhiteSpace(input.Namespace)) return SanitizeNamespace(input.Namespace!);
        return string.IsNullOrWhiteSpace(input.RootNamespace) ? apiName : SanitizeNamespace(input.RootNamespace!) + "." + apiName;
    }

    private static string SanitizeNamespace(string value)
    {
        var parts = value.Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            parts[i] = SyntaxFacts.IsValidIdentifier(part) ? Identifiers.MakeValid(part) : Identifiers.ToPascalCase(part);
        }

        return parts.Length == 0 ? "Generated" : string.Join(".", parts);
    }
}
