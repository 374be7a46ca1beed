using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Diagnostics;

/// <summary>Each diagnostic of the catalogue, with its ID and the line of the spec it points at.</summary>
public sealed class SpecDiagnosticsTests
{
    // Four lines, so the first line of each case below is line 5.
    private const string Header = "openapi: 3.0.3\ninfo:\n  title: Broken\n  version: \"1\"\n";

    public static TheoryData<string, string, int, DiagnosticSeverity> BrokenSpecs => new()
    {
        // id, spec, expected 1-based line, severity
        { "CGEN001", "openapi: 3.0.3\ninfo:\n  title: \"unclosed\n  version: 1\n", 3, DiagnosticSeverity.Error },
        { "CGEN001", "openapi: 3.0.3\ninfo:\n  title: a\n bad: indentation\n", 4, DiagnosticSeverity.Error },
        { "CGEN001", "openapi: 3.0.3\ninfo:\n  title: [unclosed\n  version: 1\n", 3, DiagnosticSeverity.Error },
        { "CGEN002", "info:\n  title: Not OpenAPI\n", 1, DiagnosticSeverity.Error },
        { "CGEN003", Header + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        b:\n          $ref: '#/components/schemas/Missing'\n", 11, DiagnosticSeverity.Error },
        { "CGEN004", Header + "paths:\n  /tasks:\n    get:\n      responses:\n        '200':\n          description: ok\n", 8, DiagnosticSeverity.Warning },
        { "CGEN005", Header + "components:\n  schemas:\n    Color:\n      type: string\n      enum: [r, g]\n      x-enum-varnames: [Red]\n", 10, DiagnosticSeverity.Warning },
        { "CGEN006", Header31 + "components:\n  schemas:\n    A:\n      type: [string, integer]\n", 8, DiagnosticSeverity.Warning },
        { "CGEN022", Header + Discriminated("kind", "'#/components/schemas/D'"), 14, DiagnosticSeverity.Warning },
        { "CGEN022", Header + Discriminated("type", "'#/components/schemas/B'"), 9, DiagnosticSeverity.Warning },
        { "CGEN007", Header + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        due:\n          type: string\n          x-codegen-date-format: 42\n", 12, DiagnosticSeverity.Warning },
        { "CGEN008", Header + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        task-id:\n          type: string\n        taskId:\n          type: string\n", 13, DiagnosticSeverity.Warning },
        { "CGEN009", Header + "paths:\n  /a:\n    get:\n      operationId: list\n      responses: {}\n  /b:\n    get:\n      operationId: list\n      responses: {}\n", 12, DiagnosticSeverity.Warning },
        { "CGEN020", Header + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        b:\n          $ref: #/components/schemas/B\n    B:\n      type: string\n", 11, DiagnosticSeverity.Warning },
        { "CGEN010", Header + "components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'\n", 10, DiagnosticSeverity.Error },
        { "CGEN006", "swagger: '1.2'\ninfo:\n  title: Old\n  version: '1'\n", 1, DiagnosticSeverity.Warning },
        { "CGEN002", "swagger: '2.0'\ninfo:\n  title: Old\n  version: '1'\npaths:\n  /a:\n    post:\n      operationId: a\n      parameters:\n        - name: body\n          in: body\n      responses: {}\n", 10, DiagnosticSeverity.Error },
        { "CGEN006", Header + "components:\n  schemas:\n    A:\n      type: array\n      uniqueItems: true\n      items:\n        type: object\n        properties: { b: { type: string } }\n", 9, DiagnosticSeverity.Warning },
        { "CGEN011", Header + "components:\n  schemas:\n    A:\n      type: string\n      maxLength: -1\n", 9, DiagnosticSeverity.Warning },
        { "CGEN011", Header + "components:\n  schemas:\n    A:\n      type: string\n      pattern: 'a++'\n", 9, DiagnosticSeverity.Warning },
        { "CGEN011", Header + "components:\n  schemas:\n    A:\n      type: integer\n      minimum: low\n", 9, DiagnosticSeverity.Warning },
        { "CGEN016", Header + HeaderParameterNamed("'X-Trace Id'"), 10, DiagnosticSeverity.Error },
        { "CGEN016", Header + HeaderParameterNamed("\"X-Trace-Id\\r\\nX-Injected: 1\""), 10, DiagnosticSeverity.Error },
        { "CGEN016", Header + ApiKeyHeaderNamed("'x-api-key:'"), 10, DiagnosticSeverity.Error },
        { "CGEN017", Header + "components:\n  schemas:\n    A:\n      type: object\n      requried: [b]\n      properties: { b: { type: string } }\n", 9, DiagnosticSeverity.Warning },
        { "CGEN017", Header31 + "components:\n  schemas:\n    A:\n      type: object\n      propeties: { b: { type: string } }\n", 9, DiagnosticSeverity.Warning },
        { "CGEN017", Header + "paths:\n  /a:\n    get:\n      operationId: a\n      sumary: A\n      responses: {}\n", 9, DiagnosticSeverity.Warning },
        { "CGEN017", Header + "paths:\n  /a:\n    get:\n      parameters:\n        - { name: q, in: query, requird: true }\n      responses: {}\n", 9, DiagnosticSeverity.Warning },
        { "CGEN017", Header + "paths:\n  /a:\n    get:\n      responses:\n        '204':\n          descripton: ok\n", 10, DiagnosticSeverity.Warning },
        { "CGEN018", Header + "components:\n  schemas:\n    A:\n      type: object\n      properties: { b: { type: string } }\n      required:\n        - b\n        - c\n", 12, DiagnosticSeverity.Warning },
    };

    private const string Header31 = "openapi: 3.1.0\ninfo:\n  title: Broken\n  version: \"1\"\n";

    /// <summary>
    /// A oneOf of B (line 9) and C, discriminated by <paramref name="property"/>, whose mapping entry on line 14 names
    /// <paramref name="target"/>; B, C and D have only the property <c>kind</c>.
    /// </summary>
    private static string Discriminated(string property, string target) =>
        $"components:\n  schemas:\n    A:\n      oneOf:\n        - $ref: '#/components/schemas/B'\n        - $ref: '#/components/schemas/C'\n" +
        $"      discriminator:\n        propertyName: {property}\n        mapping:\n          b: {target}\n" +
        "    B:\n      type: object\n      properties: { kind: { type: string } }\n    C:\n      type: object\n      properties: { kind: { type: string } }\n" +
        "    D:\n      type: object\n      properties: { kind: { type: string } }\n";

    /// <summary>An operation with a header parameter whose name is on line 10.</summary>
    private static string HeaderParameterNamed(string name) =>
        $"paths:\n  /tasks:\n    get:\n      operationId: listTasks\n      parameters:\n        - name: {name}\n          in: header\n          schema:\n            type: string\n      responses:\n        '204':\n          description: ok\n";

    /// <summary>An API key in a header whose name is on line 10, required by the one operation.</summary>
    private static string ApiKeyHeaderNamed(string name) =>
        $"components:\n  securitySchemes:\n    key:\n      type: apiKey\n      in: header\n      name: {name}\n" +
        "security:\n  - key: []\npaths:\n  /tasks:\n    get:\n      operationId: listTasks\n      responses:\n        '204':\n          description: ok\n";

    [Theory]
    [MemberData(nameof(BrokenSpecs))]
    public void A_broken_spec_reports_its_diagnostic_at_the_offending_yaml_line(string id, string spec, int line, DiagnosticSeverity severity)
    {
        var path = "/project/specs/broken.yaml";
        var run = GeneratorHarness.Run(new[] { new TestSpec(path, spec, "Broken") });

        var diagnostic = run.Diagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, $"expected {id}, got: {string.Join("; ", run.Diagnostics)}");
        var span = diagnostic!.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785"));
    }

    [Fact]
    public void A_problem_reached_through_many_references_is_reported_once_at_its_own_place()
    {
        var operations = string.Concat(new[] { "a", "b", "c" }.Select(name =>
            $"  /{name}/{{id}}:\n    get:\n      operationId: get{name}\n      parameters:\n        - $ref: '#/components/parameters/Id'\n" +
            "      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n" +
            "              schema: { $ref: '#/components/schemas/Wrapper' }\n"));
        var spec = Header + "paths:\n" + operations + """
            components:
              parameters:
                Id:
                  name: id
                  in: path
                  required: true
                  schema:
                    type: [integer, string]
              schemas:
                Wrapper:
                  type: object
                  properties:
                    inner: { $ref: '#/components/schemas/Inner' }
                    other: { $ref: '#/components/schemas/Inner' }
                Inner:
                  type: object
                  requried: [x]
                  properties: { x: { type: string } }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/project/specs/shared.yaml", spec, "Shared") });

        var shown = run.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1}").ToList();
        Assert.Equal(shown.Distinct(), shown);
        Assert.Contains("CGEN017 55", shown);
        var types = Assert.Single(run.Diagnostics, d => d.Id == "CGEN006" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("several types"));
        Assert.Equal(46, types.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("'#/components/parameters/Id/schema'", types.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_same_diagnostic_at_the_same_place_is_kept_once()
    {
        var bag = new CodeGen.Parsing.DiagnosticBag("/p/a.yaml");
        var node = new CodeGen.Parsing.Nodes.YamlScalarNode("x");

        bag.Report(CodeGen.Diagnostics.DiagnosticDescriptors.UnknownKeyword, node, "x", "a schema", "");
        bag.Report(CodeGen.Diagnostics.DiagnosticDescriptors.UnknownKeyword, node, "x", "a schema", "");
        bag.Report(CodeGen.Diagnostics.DiagnosticDescriptors.UnknownKeyword, node, "y", "a schema", "");

        Assert.Equal(2, bag.ToEquatableArray().Count);
    }

    [Theory]
    [InlineData(true, "X-Trace Id")]
    [InlineData(false, "x-api-key:")]
    public void A_header_with_an_invalid_name_is_left_out_and_the_rest_still_compiles(bool parameter, string name)
    {
        var spec = Header + (parameter ? HeaderParameterNamed($"'{name}'") : ApiKeyHeaderNamed($"'{name}'"));

        var run = GeneratorHarness.Run(new[] { new TestSpec("/project/specs/broken.yaml", spec, "Broken") });

        Assert.Contains(run.Diagnostics, d => d.Id == "CGEN016" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(name));
        var client = Assert.Single(run.Sources, s => s.HintName.EndsWith(".BrokenClient.g.cs", System.StringComparison.Ordinal));
        Assert.Contains("ListTasksAsync(", client.SourceText.ToString());
        Assert.DoesNotContain(name, client.SourceText.ToString());
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void An_unexpected_failure_becomes_CGEN099_instead_of_an_escaped_exception()
    {
        // A null text cannot come from the compiler; it stands in for a bug deep in the reader.
        var result = CodeGen.Parsing.SpecReader.Read(new CodeGen.Parsing.SpecInput("/project/specs/x.yaml", null!, null, null, null), default);

        Assert.Null(result.Model);
        var diagnostic = Assert.Single(result.Diagnostics).ToDiagnostic();
        Assert.Equal("CGEN099", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/project/specs/x.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_broken_spec_does_not_stop_the_others_from_generating()
    {
        var specs = TestSpec.VendorSpecs.Append(new TestSpec("/project/specs/broken.yaml", "openapi: 3.0.3\ninfo: [", "Broken")).ToArray();

        var run = GeneratorHarness.Run(specs);

        Assert.Contains(run.Diagnostics, d => d.Id == "CGEN001");
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("Vendors.HighLevel.", System.StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("Vendors.LeadSquared.", System.StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("Vendors.Saleshandy.", System.StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Files_not_marked_as_specs_are_ignored()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace C { }");
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new OpenApiGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText("/project/notes.yaml", "not: [valid") },
            GeneratorHarness.ParseOptions,
            TestOptionsProvider.For(System.Array.Empty<TestSpec>()));

        var result = driver.RunGenerators(compilation).GetRunResult();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedTrees);
    }
}
