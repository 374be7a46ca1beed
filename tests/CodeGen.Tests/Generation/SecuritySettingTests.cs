using System.IO;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using CodeGen.Tests.RealWorld;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>
/// The client options have one setting per credential the operations use: a scheme declared under
/// components/securitySchemes that no requirement names (an operation's or the document's) is not a setting.
/// </summary>
public sealed class SecuritySettingTests
{
    private const string FiveBearerSchemes = """
        openapi: 3.0.3
        info: { title: Tokens, version: "1" }
        security:
          - Default: []
        paths:
          /items:
            get:
              operationId: listItems
              security:
                - Partner: []
              responses:
                "200": { description: ok }
          /health:
            get:
              operationId: health
              security: []
              responses:
                "200": { description: ok }
        components:
          securitySchemes:
            Default: { type: http, scheme: bearer }
            Partner: { type: http, scheme: bearer }
            Agency: { type: http, scheme: bearer }
            Location: { type: http, scheme: bearer }
            Reseller: { type: http, scheme: bearer }
        """;

    [Fact]
    public void Only_the_schemes_a_requirement_names_become_settings()
    {
        var run = GeneratorHarness.Run(new[] { new TestSpec("tokens.yaml", FiveBearerSchemes, "Specs.Tokens") });

        Assert.Empty(run.CompilationProblems());
        // Default is named only by the document's requirement, which every operation here overrides: still a setting,
        // as the spec asks for it. Agency, Location and Reseller are named by nothing.
        Assert.Equal(new[] { "DefaultToken", "DefaultTokenProvider", "PartnerToken", "PartnerTokenProvider" },
            CredentialSettings(run, "Specs.Tokens.TokensClientOptions"));
    }

    [Fact]
    public void HighLevel_contacts_declares_five_token_schemes_and_its_operations_use_one()
    {
        var path = Path.Combine(RepoPaths.Corpus, "highlevel", "apps", "contacts.json");
        var specs = new[] { new TestSpec(path, File.ReadAllText(path), "Corpus.Contacts") }.Concat(CorpusSpecs.ReferencedFiles(path));
        var run = GeneratorHarness.Run(specs);

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var options = run.Output.GetSymbolsWithName(name => name.EndsWith("ClientOptions", System.StringComparison.Ordinal), SymbolFilter.Type)
            .OfType<INamedTypeSymbol>().Single(t => t.ContainingNamespace.ToDisplayString() == "Corpus.Contacts");
        Assert.Equal(new[] { "BearerToken", "BearerTokenProvider" }, CredentialSettings(run, options.ToDisplayString()));
    }

    /// <summary>The options' settings besides those every client has and the server's.</summary>
    private static string[] CredentialSettings(GeneratorRun run, string optionsType)
    {
        var options = run.Output.GetTypeByMetadataName(optionsType);
        Assert.NotNull(options);
        return options!.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name)
            .Where(name => name.Contains("Token", System.StringComparison.Ordinal))
            .OrderBy(name => name, System.StringComparer.Ordinal).ToArray();
    }
}
