using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CodeGen.Model;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
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

    [Fact]
    public void Spec_parameters_named_like_the_locals_of_generated_methods_get_other_names()
    {
        var parameters = string.Join("\n", GeneratedNames.OperationLocals.Select(name =>
            $"            - {{ name: {name}, in: query, required: true, schema: {{ type: string }} }}"));
        var text = $$"""
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /things:
                post:
                  operationId: createThing
                  parameters:
            {{parameters}}
                  requestBody:
                    content:
                      application/json:
                        schema: { type: object, properties: { a: { type: string } } }
                  responses:
                    "200": { description: ok }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/locals.yaml", text, "Locals") });

        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
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
