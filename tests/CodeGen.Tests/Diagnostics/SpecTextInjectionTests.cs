using System.Globalization;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Diagnostics;

/// <summary>
/// Text from a spec that holds a character C# ends a line with must stay inside its comment or literal: otherwise
/// whatever follows it compiles as code in the consuming project.
/// </summary>
public sealed class SpecTextInjectionTests
{
    private const string Payload =
        "internal static class Pwn { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Run() { System.Console.WriteLine(\\\"PWNED\\\"); } }";

    // {B} is a line end; the payload follows it in every text field that reaches generated source.
    private const string Template = """
        openapi: 3.0.3
        info:
          title: "Title.{B}{P}{B}// rest"
          version: "1.{B}{P}"
          description: "Harmless.{B}{P}{B}// rest"
        servers:
          - url: https://api.example.com
            description: "Server.{B}{P}"
        paths:
          /tasks/{id}:
            post:
              operationId: createTask
              summary: "Summary.{B}{P}"
              description: "Operation.{B}{P}{B}// rest"
              parameters:
                - name: id
                  in: path
                  required: true
                  description: "Id.{B}{P}"
                  schema: { type: string }
                - name: "X-Trace"
                  in: header
                  description: "Header.{B}{P}"
                  schema: { type: string }
              requestBody:
                description: "Body.{B}{P}"
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Task' }
              responses:
                "200":
                  description: "Created.{B}{P}"
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Task' }
                "400":
                  description: "Bad.{B}{P}"
        components:
          schemas:
            Task:
              type: object
              title: "Task.{B}{P}"
              description: "Schema.{B}{P}{B}// rest"
              required: [title]
              properties:
                title:
                  type: string
                  description: "Property.{B}{P}{B}// rest"
                  example: "Example.{B}{P}"
                  pattern: "^[a-z]*{B}{P}$"
                "key.{B}{P}":
                  type: string
                  description: "A property whose wire name holds the line end."
                priority:
                  type: string
                  description: "Enum.{B}{P}"
                  enum: ["low", "high.{B}{P}"]
                  x-enum-descriptions: ["Low.{B}{P}", "High"]
        """;

    public static TheoryData<string> LineEnds => new() { "\\u2028", "\\u2029", "\\x85", "\\r", "\\n", "\\r\\n" };

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void A_line_end_in_spec_text_never_lets_the_text_after_it_compile_as_code(string lineEnd)
    {
        var spec = Template.Replace("{B}", lineEnd).Replace("{P}", Payload);

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/injected.yaml", spec, "Injected", "InjectedClient") }, withHosting: true);

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        var types = run.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type).Select(t => t.Name).ToList();
        Assert.DoesNotContain("Pwn", types);
        Assert.Contains("TaskModel", types);
        foreach (var source in run.Sources)
        {
            var text = source.SourceText.ToString();
            var unsafeCharacter = text.FirstOrDefault(c => c is '\u0085' or '\u2028' or '\u2029' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t'));
            Assert.True(unsafeCharacter == default, $"{source.HintName} holds U+{(int)unsafeCharacter:X4}");
        }
    }

    [Theory]
    [InlineData("\\e\\a")]
    [InlineData("\\u2028")]
    [InlineData("\\u202E")]
    public void Spec_text_quoted_in_a_diagnostic_is_escaped(string hostile)
    {
        var spec = $$"""
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths: {}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    "x{{hostile}}y": { type: string }
                    "x y": { type: string }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/quoted.yaml", spec, "Quoted") });

        var collision = Assert.Single(run.Diagnostics, d => d.Id == "CGEN008");
        var message = collision.GetMessage(CultureInfo.InvariantCulture);
        Assert.DoesNotContain(message, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E');
        Assert.Contains("\\u", message, System.StringComparison.Ordinal);
    }
}
