using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Diagnostics;

/// <summary>
/// Names and text from a hostile spec become valid, unique identifiers and inert doc comments and literals:
/// the output compiles cleanly and declares nothing the spec did not ask for.
/// </summary>
public sealed class AdversarialSpecTests
{
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: "Evil */ </summary> <b>&amp; \" title"
          version: "1"
        paths:
          /x:
            post:
              operationId: class
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/class' }
              responses:
                "200":
                  description: ok
        components:
          schemas:
            class:
              type: object
              description: "Ends the comment */ and the summary </summary>\n}\npublic class Injected { }\n/// <summary>"
              required: [int]
              properties:
                int: { type: string, description: "a < b && c > d \"quoted\" 'single'", pattern: "^[^\"\\\\]*$ */ </summary>", maxLength: 3 }
                validate: { type: string, format: email }
                context: { type: array, items: { type: string, pattern: "[{}]+" } }
                "@odata.type": { type: string }
                1st: { type: integer }
                a b: { type: boolean }
                value: { type: string }
                reader: { type: string }
                options: { type: string }
                Equals: { type: string }
                ToString: { type: string }
                GetType: { type: string }
                class: { type: string, example: "\n}\nclass Injected2 {}" }
                Class: { type: string }
                "": { type: string }
                "ünïcödé": { type: string }
                "quote\"and\\backslash": { type: string }
            my-type: { type: object, properties: { a: { type: string } } }
            MyType: { type: object, properties: { a: { type: string } } }
            2fa: { type: object, properties: { code: { type: string } } }
            Serialization: { type: object, properties: { s: { type: string } } }
            Weird:
              type: string
              enum: ["a", "A", "", "quote\"", "back\\slash", "ToString", "1", "-"]
        """;

    [Fact]
    public void Hostile_names_and_text_compile_cleanly_and_add_nothing_the_spec_did_not_ask_for()
    {
        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/evil.yaml", Spec, "Evil-Api.2nd", "evil client") });

        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var compilation = run.Output;
        var all = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().ToList();
        Assert.DoesNotContain(all, t => t.Name.StartsWith("Injected", System.StringComparison.Ordinal));

        var modelNamespace = Assert.Single(all.Select(t => t.ContainingNamespace.ToDisplayString()).Distinct(),
            n => !n.EndsWith(".Serialization", System.StringComparison.Ordinal) && n != "Consumer");
        var types = all.Where(t => t.ContainingNamespace.ToDisplayString() == modelNamespace && t.ContainingType is null)
            .Select(t => t.Name).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        // The schema "class" is a request body, so the spec also gets the validation types.
        var expected = new[] { "_2fa", "Class", "MyType", "MyType2", "Serialization2", "Weird", "WeirdExtensions", "EvilApiException", "EvilApiResponse", "EvilClient", "IEvilClient", "EvilClientOptions", "EvilRetryPolicy", "EvilTelemetry",
            "EvilValidationContext", "EvilValidationError", "EvilValidationException", "EvilValidationResult" };
        Assert.Equal(expected.OrderBy(n => n, System.StringComparer.Ordinal), types);

        var evil = all.Single(t => t.Name == "Class" && t.ContainingNamespace.ToDisplayString() == modelNamespace);
        var properties = evil.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToList();
        Assert.Equal(18, properties.Count);
        Assert.Contains("ValidateValue", properties);
        Assert.Contains("AdditionalProperties", properties);
        Assert.Equal(properties.Count, properties.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());

        var weird = all.Single(t => t.Name == "Weird" && t.TypeKind == TypeKind.Enum);
        Assert.Equal(8, weird.GetMembers().OfType<IFieldSymbol>().Count());
    }

    [Fact]
    public void A_reference_outside_components_gets_its_own_unique_type_name()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Refs, version: "1" }
            paths:
              /a:
                post:
                  operationId: a
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties: { x: { type: string } }
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: '#/paths/~1a/post/requestBody/content/application~1json/schema' }
            components:
              schemas:
                Schema: { type: object, properties: { y: { type: string } } }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/refs.yaml", spec, "Refs") });

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8784" or "CS8785");
        Assert.Contains(run.Diagnostics, d => d.Id == "CGEN008" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'Schema2'", System.StringComparison.Ordinal));
        Assert.Equal(run.Sources.Count(), run.Sources.Select(s => s.HintName).Distinct().Count());
        Assert.Empty(run.CompilationProblems());
    }
}
