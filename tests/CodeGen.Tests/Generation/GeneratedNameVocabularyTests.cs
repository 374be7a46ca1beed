using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CodeGen.Model;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>
/// The generator declares its own types beside the spec's. Every one of them is named in one vocabulary
/// (<see cref="GeneratedNames"/>) that parsing reserves before naming schemas, so a schema can never take one.
/// </summary>
public sealed class GeneratedNameVocabularyTests
{
    private const string ApiName = "LeadSquared";

    [Fact]
    public void Every_type_the_emitters_declare_in_a_spec_namespace_is_in_the_vocabulary()
    {
        var specs = TestSpec.VendorSpecs.Concat(new[] { SpecWithSchemasNamed(GeneratedNames.NamespaceTypes(ApiName)) }).ToArray();
        foreach (var spec in specs)
        {
            var run = GeneratorHarness.Run(new[] { spec }, withHosting: true);
            var result = CodeGen.Parsing.SpecReader.Read(SpecInputOf(spec), default);
            var api = Assert.IsType<ApiModel>(result.Model);
            var declaredBySpec = api.Objects.Select(o => o.Name)
                .Concat(api.Enums.SelectMany(e => new[] { e.Name, GeneratedNames.EnumExtensions(e.Name) }));
            var vocabulary = new HashSet<string>(GeneratedNames.NamespaceTypes(api.ApiName).Concat(declaredBySpec));

            var declared = run.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
                .Where(t => t.ContainingType is null && t.ContainingNamespace.ToDisplayString() == api.Namespace)
                .Select(t => t.Name).Distinct().ToList();

            Assert.NotEmpty(declared);
            Assert.All(declared, name => Assert.Contains(name, vocabulary));
        }
    }

    [Fact]
    public void A_schema_named_like_a_generated_type_is_renamed_and_reported_and_the_output_compiles()
    {
        var reserved = GeneratedNames.NamespaceTypes(ApiName).ToList();
        var spec = SpecWithSchemasNamed(reserved);

        var run = GeneratorHarness.Run(new[] { spec }, withHosting: true);

        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        var renames = run.Diagnostics.Where(d => d.Id == "CGEN008").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        foreach (var name in reserved)
        {
            Assert.Contains(renames, message => message.Contains($"'#/components/schemas/{name}' would be named '{name}', which the generated type '{name}' already has", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Schemas_and_properties_named_like_the_converter_helpers_compile()
    {
        // The converters reach the spec's JSON helpers, the property cursor and their bases by short names, and
        // declare a local per property; none of these may be taken by what the spec names.
        const string text = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths: {}
            components:
              schemas:
                PropertyCursor: { type: object, properties: { property: { type: string }, isNull: { type: boolean } } }
                ReadString: { type: object, required: [reader], properties: { reader: { type: string }, options: { type: integer } } }
                WriteProperty: { type: object, required: [writer], properties: { writer: { $ref: '#/components/schemas/ReadString' }, value: { type: string } } }
                ReadValue: { type: string, enum: [a, b] }
                Missing:
                  type: object
                  required: [missing, typeName]
                  properties:
                    missing: { type: string, nullable: true }
                    typeName: { type: string }
                    instance: { $ref: '#/components/schemas/ReadValue' }
                    readValue: { type: array, items: { $ref: '#/components/schemas/PropertyCursor' } }
                TypeName: { type: object, properties: { Instance: { type: string }, NamesObjectConverter: { type: string } } }
                NamesObjectConverter: { type: object, properties: { a: { type: string } } }
                NamesEnumConverter: { type: string, enum: [x] }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/names.yaml", text, "Names") });

        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void Every_type_a_converter_sees_by_name_keeps_a_model_of_its_name_qualified()
    {
        // The converters name a model by its short name unless a type C# finds first has it: read from the compiled
        // output, so a type added to the serialization namespace, the JSON helpers or a converter base is never missed.
        var specs = TestSpec.VendorSpecs.Concat(new[] { HiddenNamesSpec() }).ToArray();
        foreach (var spec in specs)
        {
            var run = GeneratorHarness.Run(new[] { spec }, withHosting: true);
            var api = Assert.IsType<ApiModel>(CodeGen.Parsing.SpecReader.Read(SpecInputOf(spec), default).Model);
            var hiding = CodeGen.Emit.SerializationScope.HidingNames(api);

            var declared = run.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
                .Where(t => t.ContainingType is null && t.ContainingNamespace.ToDisplayString() == api.SerializationNamespace).ToList();
            var wire = Assert.Single(declared, t => t.Name == api.JsonWireName);
            var converters = declared.Where(t => t.Name.EndsWith("JsonConverter", System.StringComparison.Ordinal)).ToList();
            var bases = converters.SelectMany(BaseTypes).Where(t => t.ContainingNamespace.ToDisplayString() == api.SerializationNamespace);
            var seen = declared.Concat(wire.GetTypeMembers()).Concat(converters.Concat(bases).SelectMany(t => t.GetTypeMembers()))
                .Select(t => t.Name).Distinct().ToList();

            Assert.Contains("PropertyCursor", seen);
            Assert.All(seen, name => Assert.Contains(name, hiding));
        }
    }

    [Fact]
    public void Models_named_like_the_types_converters_see_compile_and_round_trip()
    {
        var run = GeneratorHarness.Run(new[] { HiddenNamesSpec() });
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        var converter = run.Sources.Single(s => s.HintName.EndsWith(".Holder.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("global::Hidden.PropertyCursor? cursor = null;", converter, System.StringComparison.Ordinal);
        Assert.Contains("return new Holder", converter, System.StringComparison.Ordinal);

        var loaded = LoadedClient.Compile(HiddenNamesSpec(), "Hidden");
        const string json = """
            {"cursor":{"at":1},"readers":[{"name":"r"}],"converters":{"a":{"next":{"at":2}}},"wireValues":"second","unknown":["kept"],"objectBase":{"depth":3},"enumBase":"off","holderConverter":{"holder":"h"},"either":{"code":"c"},"others":[{"at":4},{"code":"d"}],"wire":{"x":"w"},"resolver":{"x":"r"},"serialization":{"x":"s"},"plain":{"cursors":{"b":{"at":5}}}}
            """;
        var holder = loaded.FromJson(loaded.Type("Holder"), json);
        Assert.Equal(json, loaded.ToJson(loaded.Type("Holder"), holder));
    }

    /// <summary>Schemas named like every type the converters see by name, and a holder that refers to each of them.</summary>
    private static TestSpec HiddenNamesSpec()
    {
        var text = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths: {}
            components:
              schemas:
                Holder:
                  type: object
                  required: [cursor]
                  properties:
                    cursor: { $ref: '#/components/schemas/PropertyCursor' }
                    readers: { type: array, items: { $ref: '#/components/schemas/ValueReader' } }
                    converters: { type: object, additionalProperties: { $ref: '#/components/schemas/DelegateConverter' } }
                    wireValues: { $ref: '#/components/schemas/EnumWireValues' }
                    unknown: { type: array, items: { $ref: '#/components/schemas/UnknownWireValues' } }
                    objectBase: { $ref: '#/components/schemas/HiddenObjectConverter' }
                    enumBase: { $ref: '#/components/schemas/HiddenEnumConverter' }
                    holderConverter: { $ref: '#/components/schemas/HolderJsonConverter' }
                    either: { $ref: '#/components/schemas/Either' }
                    others: { type: array, items: { $ref: '#/components/schemas/Either' } }
                    wire: { $ref: '#/components/schemas/HiddenJsonWire' }
                    resolver: { $ref: '#/components/schemas/HiddenJsonResolver' }
                    serialization: { $ref: '#/components/schemas/Serialization' }
                    plain: { $ref: '#/components/schemas/Plain' }
                PropertyCursor: { type: object, required: [at], properties: { at: { type: integer } } }
                ValueReader: { type: object, properties: { name: { type: string } } }
                DelegateConverter: { type: object, properties: { next: { $ref: '#/components/schemas/PropertyCursor' } } }
                EnumWireValues: { type: string, enum: [first, second] }
                UnknownWireValues: { type: string, enum: [kept] }
                HiddenObjectConverter: { type: object, properties: { depth: { type: integer } } }
                HiddenEnumConverter: { type: string, enum: [on, off] }
                HolderJsonConverter: { type: object, properties: { holder: { type: string } } }
                HiddenJsonWire: { type: object, properties: { x: { type: string } } }
                HiddenJsonResolver: { type: object, properties: { x: { type: string } } }
                Serialization: { type: object, properties: { x: { type: string } } }
                TResult: { type: object, required: [code], properties: { code: { type: string } } }
                Plain: { type: object, properties: { cursors: { type: object, additionalProperties: { $ref: '#/components/schemas/PropertyCursor' } } } }
                Either:
                  oneOf:
                    - $ref: '#/components/schemas/TResult'
                    - $ref: '#/components/schemas/PropertyCursor'
            """;
        return new TestSpec("/p/hidden.yaml", text, "Hidden", "HiddenClient");
    }

    private static IEnumerable<INamedTypeSymbol> BaseTypes(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType) yield return current;
    }

    [Fact]
    public void An_enum_and_a_schema_named_like_its_extensions_class_do_not_collide()
    {
        const string text = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths: {}
            components:
              schemas:
                PriorityExtensions: { type: object, properties: { a: { type: string } } }
                Priority: { type: string, enum: [low, high] }
                Holder:
                  type: object
                  properties:
                    state: { type: string, enum: [open, closed] }
                HolderStateExtensions: { type: object, properties: { b: { type: string } } }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/enums.yaml", text, "Enums") });

        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.Equal(2, run.Diagnostics.Count(d => d.Id == "CGEN008"));
    }

    [Fact]
    public void A_nested_collision_says_which_schemas_collide()
    {
        const string text = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths: {}
            components:
              schemas:
                Root:
                  allOf:
                    - type: object
                      properties: { a: { type: string } }
                    - type: object
                      properties:
                        child: { type: object, properties: { b: { type: string } } }
                RootChild: { type: object, properties: { c: { type: string } } }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/nested.yaml", text, "Nested") });

        var message = Assert.Single(run.Diagnostics, d => d.Id == "CGEN008").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("the schema at '#/components/schemas/RootChild'", message, System.StringComparison.Ordinal);
        Assert.Contains("'#/components/schemas/Root/properties/child' would be named 'RootChild'", message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("specs/leadsquared.yaml", "LeadSquaredClient")]
    [InlineData("specs/saleshandy.yaml", "SaleshandyClient")]
    [InlineData("specs/highlevel.yaml", "HighLevelClient")]
    // The parameter and credential kinds the vendor specs do not use: arrays, enums, constants, headers, cookies.
    [InlineData("tests/CodeGen.Tests/Generation/Specs/parameter-kinds.yaml", "ParameterKindsClient")]
    public void Spec_parameters_named_like_any_local_of_the_generated_client_get_other_names(string specFile, string clientName)
    {
        // Every local, lambda and local-function parameter and pattern variable the client declares today, read from
        // its own output, so a local added to an emitter without a reservation fails here.
        var original = File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, specFile));
        var client = GeneratedClient(original, clientName);
        var locals = client.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().SelectMany(DeclaredInside)
            .Where(name => char.IsLower(name[0])).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        Assert.Contains("requestUri", locals);

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/locals.yaml", WithQueryParameters(original, locals), "Locals", clientName) }, withHosting: true);

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        var source = run.Sources.Single(s => s.HintName.EndsWith("." + clientName + ".g.cs", System.StringComparison.Ordinal)).SyntaxTree;
        Assert.Contains("string requestUri2", source.ToString(), System.StringComparison.Ordinal);

        // A lambda or local function may declare a name over a method's parameter without a compiler error, and a use
        // of the parameter inside it would then read the wrong value. The same spec with neutral parameter names shows
        // where the generated code means a parameter: each such use must bind to the method's parameter.
        var neutral = GeneratorHarness.Run(new[] { new TestSpec("/p/locals.yaml", WithQueryParameters(original, locals.Select((_, i) => "zq" + i).ToList()), "Locals", clientName) }, withHosting: true);
        var neutralSource = neutral.Sources.Single(s => s.HintName.EndsWith("." + clientName + ".g.cs", System.StringComparison.Ordinal)).SyntaxTree;
        var model = run.Output.GetSemanticModel(run.Output.SyntaxTrees.Single(t => t.FilePath == source.FilePath));
        var methods = model.SyntaxTree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToList();
        var neutralMethods = neutralSource.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToList();
        Assert.Equal(neutralMethods.Count, methods.Count);
        var checkedUses = 0;
        foreach (var (method, neutralMethod) in methods.Zip(neutralMethods))
        {
            var tokens = method.DescendantTokens().ToList();
            var neutralTokens = neutralMethod.DescendantTokens().ToList();
            Assert.Equal(neutralTokens.Count, tokens.Count);
            var symbol = model.GetDeclaredSymbol(method)!;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!neutralTokens[i].ValueText.StartsWith("zq", System.StringComparison.Ordinal) || tokens[i].Parent is not IdentifierNameSyntax use) continue;
                var bound = model.GetSymbolInfo(use).Symbol;
                Assert.True(bound is IParameterSymbol && SymbolEqualityComparer.Default.Equals(bound.ContainingSymbol, symbol),
                    $"{method.Identifier.ValueText} line {use.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: '{use}' means its parameter but binds to {bound?.Kind}");
                checkedUses++;
            }
        }

        Assert.True(checkedUses > locals.Count, $"only {checkedUses} uses of the parameters were found");
    }

    private static string WithQueryParameters(string spec, IReadOnlyList<string> names)
    {
        // Added to the spec's first operation, as required query parameters (which its batched form takes too).
        var parameters = string.Concat(names.Select(name => $"        - {{ name: '{name}', in: query, required: true, schema: {{ type: string }} }}\n"));
        var list = spec.IndexOf("      parameters:\n", System.StringComparison.Ordinal);
        return list >= 0
            ? spec.Insert(list + "      parameters:\n".Length, parameters)
            : spec.Insert(spec.IndexOf("      tags:\n", System.StringComparison.Ordinal), "      parameters:\n" + parameters);
    }

    private static IEnumerable<string> DeclaredInside(MethodDeclarationSyntax method) =>
        (method.Body ?? (SyntaxNode?)method.ExpressionBody ?? method).DescendantNodes().Select(node => node switch
        {
            VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
            ParameterSyntax parameter => parameter.Identifier.ValueText,
            SingleVariableDesignationSyntax designation => designation.Identifier.ValueText,
            ForEachStatementSyntax loop => loop.Identifier.ValueText,
            CatchDeclarationSyntax caught => caught.Identifier.ValueText,
            _ => "",
        }).Where(name => name.Length > 0);

    private static SyntaxTree GeneratedClient(string text, string clientName)
    {
        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/client.yaml", text, "Client", clientName) }, withHosting: true);
        return run.Sources.Single(s => s.HintName.EndsWith("." + clientName + ".g.cs", System.StringComparison.Ordinal)).SyntaxTree;
    }

    /// <summary>LeadSquared's spec, which uses every optional feature (batches, rate limits, validation), plus schemas with the given names.</summary>
    private static TestSpec SpecWithSchemasNamed(IEnumerable<string> names)
    {
        var text = File.ReadAllText(RepoPaths.Spec("leadsquared.yaml"));
        var extra = string.Concat(names.Select(name => $"    {name}:\n      type: object\n      properties:\n        x: {{ type: string }}\n"));
        var index = text.IndexOf("\n  schemas:\n", System.StringComparison.Ordinal) + "\n  schemas:\n".Length;
        return new TestSpec("/p/reserved.yaml", text.Insert(index, extra), "Reserved", ApiName + "Client");
    }

    private static CodeGen.Parsing.SpecInput SpecInputOf(TestSpec spec) => new(spec.Path, spec.Text, spec.Namespace, spec.ClientName, null);
}
