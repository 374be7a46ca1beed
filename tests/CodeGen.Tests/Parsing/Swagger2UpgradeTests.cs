using System.IO;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Parsing;

/// <summary>
/// A Swagger 2.0 document generates what the OpenAPI 3.0 document it describes generates, and its diagnostics point
/// at the lines of the 2.0 file.
/// </summary>
public sealed class Swagger2UpgradeTests
{
    private static TestSpec Spec(string fileName)
    {
        var path = Path.Combine(RepoPaths.TestsProject, "Parsing", "Specs", fileName);
        return new TestSpec(path, File.ReadAllText(path), "Features", "FeaturesClient");
    }

    [Fact]
    public void A_swagger_2_document_generates_the_same_code_as_the_openapi_3_document_it_describes()
    {
        // Both are read as if from the same file, so the only difference left is what the documents say.
        var twin = Spec("openapi3-twin.yaml");
        var swagger2 = Spec("swagger2-features.yaml") with { Path = twin.Path };

        var expected = GeneratorHarness.Run(new[] { twin });
        var actual = GeneratorHarness.Run(new[] { swagger2 });

        Assert.Equal(expected.Sources.Select(s => s.HintName).OrderBy(n => n), actual.Sources.Select(s => s.HintName).OrderBy(n => n));
        foreach (var source in expected.Sources)
        {
            Assert.Equal(source.SourceText.ToString(), actual.Sources.Single(s => s.HintName == source.HintName).SourceText.ToString());
        }

        Assert.Equal(expected.Diagnostics.Select(d => d.GetMessage()), actual.Diagnostics.Select(d => d.GetMessage()));
        Assert.Empty(actual.CompilationProblems());
    }

    [Fact]
    public void A_path_items_body_parameter_is_each_operations_body_unless_the_operation_has_its_own()
    {
        const string swagger2 = """
            swagger: '2.0'
            info: { title: Notes, version: '1' }
            paths:
              /notes:
                parameters:
                  - { name: note, in: body, required: true, schema: { $ref: '#/definitions/Note' } }
                put:
                  operationId: replaceNotes
                  responses: { '204': { description: Stored. } }
                post:
                  operationId: addNote
                  parameters:
                    - { name: text, in: body, schema: { type: string } }
                  responses: { '204': { description: Stored. } }
            definitions:
              Note: { type: object, properties: { text: { type: string } } }
            """;
        const string openApi3 = """
            openapi: 3.0.3
            info: { title: Notes, version: '1' }
            paths:
              /notes:
                put:
                  operationId: replaceNotes
                  requestBody: { required: true, content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } } }
                  responses: { '204': { description: Stored. } }
                post:
                  operationId: addNote
                  requestBody: { content: { application/json: { schema: { type: string } } } }
                  responses: { '204': { description: Stored. } }
            components:
              schemas:
                Note: { type: object, properties: { text: { type: string } } }
            """;

        var expected = Run(openApi3);
        var actual = Run(swagger2);

        Assert.Empty(actual.Diagnostics);
        Assert.Equal(expected.Sources.Select(s => s.SourceText.ToString()), actual.Sources.Select(s => s.SourceText.ToString()));
        var client = actual.Sources.Single(s => s.HintName.EndsWith(".NotesClient.g.cs")).SourceText.ToString();
        Assert.Contains("ReplaceNotesAsync(Note body,", client);
        Assert.Contains("AddNoteAsync(string? body = null,", client);
    }

    [Fact]
    public void Multipart_form_parameters_become_the_parts_a_file_among_them()
    {
        var spec = Spec("swagger2-features.yaml");
        var run = GeneratorHarness.Run(new[] { spec });

        Assert.DoesNotContain(run.Diagnostics, d => d.GetMessage().Contains("UploadPhoto"));
        Assert.Empty(run.CompilationProblems());
        var method = run.Output.GetSymbolsWithName("UploadPhotoAsync", SymbolFilter.Member).OfType<IMethodSymbol>().First(m => !m.ContainingType.IsAbstract);
        Assert.Equal(new[] { "itemId", "file", "caption", "cancellationToken" }, method.Parameters.Select(p => p.Name));
        Assert.EndsWith("FileUpload", method.Parameters[1].Type.Name);
    }

    [Fact]
    public void A_url_encoded_form_becomes_a_form_body()
    {
        var run = Run(Operation("consumes: [application/x-www-form-urlencoded]\n      parameters:\n        - name: title\n          in: formData\n          type: string\n"));

        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains("FormEncoding.Content(", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "Style.Form, explode: false")]
    [InlineData("          collectionFormat: multi\n", "Style.Form, explode: true")]
    [InlineData("          collectionFormat: ssv\n", "Style.SpaceDelimited, explode: false")]
    [InlineData("          collectionFormat: pipes\n", "Style.PipeDelimited, explode: false")]
    public void A_form_array_is_sent_in_its_collection_format(string collectionFormat, string style)
    {
        var run = Run(Operation("consumes: [application/x-www-form-urlencoded]\n      parameters:\n        - name: tags\n          in: formData\n          type: array\n          items: { type: string }\n" + collectionFormat));

        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains($"FormEncoding.Encoding(\"tags\", ", System.StringComparison.Ordinal) &&
                                          s.SourceText.ToString().Contains(style, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_tab_separated_form_array_is_reported_and_sent_one_pair_per_item()
    {
        var run = Run(Operation("consumes: [application/x-www-form-urlencoded]\n      parameters:\n        - name: tags\n          in: formData\n          type: array\n          items: { type: string }\n          collectionFormat: tsv\n"));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN006", diagnostic.Id);
        Assert.Contains("The collectionFormat 'tsv' of the form parameter 'tags'", diagnostic.GetMessage());
        Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains("Style.Form, explode: true", System.StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string, string> Broken2Specs => new()
    {
        // what, the operation's keywords, the expected ID, the line the diagnostic is at (found by its text)
        {
            "a body parameter without a schema",
            "parameters:\n        - name: note\n          in: body\n          required: true\n",
            "CGEN002", "- name: note"
        },
        {
            "two body parameters",
            "parameters:\n        - name: note\n          in: body\n          schema: { type: string }\n        - name: other\n          in: body\n          schema: { type: string }\n",
            "CGEN002", "- name: other"
        },
        {
            "a body parameter beside form parameters",
            "parameters:\n        - name: note\n          in: body\n          schema: { type: string }\n        - name: field\n          in: formData\n          type: string\n",
            "CGEN002", "- name: field"
        },
        {
            "a tab-separated query array",
            "parameters:\n        - name: tags\n          in: query\n          type: array\n          items: { type: string }\n          collectionFormat: tsv\n",
            "CGEN006", "collectionFormat: tsv"
        },
        {
            "a reference to a missing definition",
            "parameters:\n        - name: note\n          in: body\n          schema:\n            $ref: '#/definitions/Missing'\n",
            "CGEN003", "$ref: '#/definitions/Missing'"
        },
        {
            "a reference to a missing shared parameter",
            "parameters:\n        - $ref: '#/parameters/missing'\n",
            "CGEN003", "$ref: '#/parameters/missing'"
        },
    };

    [Theory]
    [MemberData(nameof(Broken2Specs))]
    public void A_swagger_2_error_is_reported_at_its_line_in_the_2_0_file(string what, string operation, string id, string lineText)
    {
        var text = Operation(operation);
        var run = Run(text);

        var diagnostic = run.Diagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, $"{what}: expected {id}, got: {string.Join("; ", run.Diagnostics)}");
        Assert.Equal(LineOf(text, lineText), diagnostic!.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal("/project/specs/notes.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.CompilationProblems(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_swagger_version_other_than_2_0_is_not_read()
    {
        var run = Run("swagger: '1.2'\ninfo:\n  title: Old\n  version: '1'\n");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN006", diagnostic.Id);
        Assert.Contains("Swagger version '1.2'", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData(250)]
    [InlineData(255)]
    [InlineData(256)]
    public void A_swagger_2_document_near_the_depth_limit_ends_in_located_diagnostics_not_a_failure(int depth)
    {
        // The 3.0 form nests a level deeper than the 2.0 one (definitions → components/schemas): at 256 levels the 2.0
        // document is within the limit, and its 3.0 form is refused where it crosses it.
        var schema = string.Concat(Enumerable.Repeat("{ type: array, items: ", depth - 3)) + "{ type: string }" + new string('}', depth - 3);
        var run = Run("swagger: '2.0'\ninfo:\n  title: Deep\n  version: '1'\npaths: {}\ndefinitions:\n  A: " + schema + "\n");

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CGEN099");
        Assert.All(run.Diagnostics, d => Assert.Equal(7, d.Location.GetLineSpan().StartLinePosition.Line + 1));
    }

    /// <summary>A 2.0 document with one operation, POST /notes, whose keywords besides its ID and response are given.</summary>
    private static string Operation(string keywords) =>
        "swagger: '2.0'\ninfo:\n  title: Notes\n  version: '1'\npaths:\n  /notes:\n    post:\n      operationId: createNote\n      " +
        keywords + "      responses:\n        '204':\n          description: Stored.\n";

    private static GeneratorRun Run(string text) =>
        GeneratorHarness.Run(new[] { new TestSpec("/project/specs/notes.yaml", text, "Notes") });

    private static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var index = System.Array.FindIndex(lines, line => line.Contains(fragment));
        Assert.True(index >= 0, $"'{fragment}' is not in the spec");
        return index + 1;
    }
}
