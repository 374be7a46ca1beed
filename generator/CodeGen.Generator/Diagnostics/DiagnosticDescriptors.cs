using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Helpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs are stable: never reuse or renumber one
/// (see AnalyzerReleases.Shipped.md and the README's table).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "CodeGen.OpenApi";

    public static readonly DiagnosticDescriptor YamlSyntaxError = Create(
        "CGEN001", "The spec is not valid YAML or JSON",
        "The spec could not be read: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOpenApiStructure = Create(
        "CGEN002", "The spec is not a valid OpenAPI document",
        "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "CGEN003", "A $ref cannot be resolved",
        "The reference '{0}' cannot be resolved: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingOperationId = Create(
        "CGEN004", "An operation has no operationId",
        "The operation {0} has no operationId; it is named '{1}' instead", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EnumNamesMismatch = Create(
        "CGEN005", "Enum member names do not match the enum values",
        "'{0}' lists {1} names for {2} enum values; names are derived from the values instead", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "CGEN006", "A construct in the spec is not supported",
        "{0} is not supported: {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MalformedExtension = Create(
        "CGEN007", "An extension has a malformed value",
        "The extension '{0}' is malformed: {1}; it is ignored", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "CGEN008", "Two names collide after conversion to C#",
        "'{0}' would be named '{1}', which {2} already has; it is named '{3}' instead", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateOperationId = Create(
        "CGEN009", "Two operations share an operationId",
        "The operationId '{0}' is used more than once; this operation is named '{1}' instead", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CircularReference = Create(
        "CGEN010", "A $ref refers back to itself",
        "The reference '{0}' is circular: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidConstraint = Create(
        "CGEN011", "A validation keyword has an invalid value",
        "The '{0}' at '{1}' is ignored by the generated validator: {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DocumentTooDeep = Create(
        "CGEN012", "The spec is nested too deeply",
        "The document nests deeper than {0} levels here; nothing is generated for it", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AliasExpansionTooLarge = Create(
        "CGEN013", "YAML aliases expand too far",
        "The YAML aliases in this document expand too far: {0}; nothing is generated for it", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SchemaTooDeep = Create(
        "CGEN014", "A schema is nested too deeply",
        "The schema at '{0}' nests deeper than {1} levels; {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GeneratedCodeBudgetExceeded = Create(
        "CGEN015", "The spec would generate too much code",
        "The spec would generate more than {0}; nothing is generated for it", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidHeaderName = Create(
        "CGEN016", "A header name is not a valid HTTP token",
        "The header name '{0}' is not a valid HTTP header name; {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownKeyword = Create(
        "CGEN017", "A key is not a keyword of the object it is in",
        "'{0}' is not a keyword of {1}{2}; it is ignored", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UndeclaredRequiredProperty = Create(
        "CGEN018", "A required property is not declared",
        "'{0}' is listed as required at '{1}', but the schema declares no such property", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingReferencedFile = Create(
        "CGEN019", "A referenced file is not among the spec's files",
        "The file '{0}' that this $ref points to is not among the files given to the generator; {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EmptyReference = Create(
        "CGEN020", "A $ref has no target",
        "The $ref at '{0}' is empty; in YAML an unquoted '#' after a space starts a comment, so quote the reference ($ref: '#/…'); the value is generated as a JsonElement", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SelectionMatchesNothing = Create(
        "CGEN021", "An operation selection matches nothing",
        "{0} matches no operation of the spec; {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidDiscriminator = Create(
        "CGEN022", "A discriminator does not fit its alternatives",
        "{0} at '{1}': {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "CGEN099", "The generator failed unexpectedly",
        "The generator failed on this spec and generated nothing for it: {0}. Please report this with the spec.", DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new[]
    {
        YamlSyntaxError, InvalidOpenApiStructure, UnresolvedReference, MissingOperationId, EnumNamesMismatch,
        UnsupportedConstruct, MalformedExtension, NameCollision, DuplicateOperationId, CircularReference, InvalidConstraint,
        DocumentTooDeep, AliasExpansionTooLarge, SchemaTooDeep, GeneratedCodeBudgetExceeded, InvalidHeaderName,
        UnknownKeyword, UndeclaredRequiredProperty, MissingReferencedFile, EmptyReference,
        SelectionMatchesNothing, InvalidDiscriminator, InternalError,
    }.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    /// <summary>The page of <c>docs/diagnostics/</c> that explains a diagnostic: its cause, an example and the fix.</summary>
    public static string HelpLinkUri(string id) => $"{GeneratorAssembly.RepositoryUrl}/blob/main/docs/diagnostics/{id}.md";

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true,
            description: "The help link explains the cause, shows an example and gives the fix.",
            helpLinkUri: HelpLinkUri(id));
}
