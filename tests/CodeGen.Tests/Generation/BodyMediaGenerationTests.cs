using System.IO;
using System.Linq;
using CodeGen.Parsing;
using CodeGen.Tests.Infrastructure;
using CodeGen.Tests.RealWorld;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>
/// Which media type of a body the client uses, and what a spec that offers bodies other than JSON generates: a method
/// that takes the file, the stream or the text, and diagnostics only for what is still not supported.
/// </summary>
public sealed class BodyMediaGenerationTests
{
    [Fact]
    public void Json_is_chosen_first_then_json_types_any_form_multipart_text_and_binary()
    {
        var offered = new[] { "image/png", "text/plain", "multipart/form-data", "application/x-www-form-urlencoded", "*/*", "application/vnd.api+json", "application/json; charset=utf-8" };

        // Each type added (in the reverse of the order of preference) is chosen over all before it.
        var chosen = Enumerable.Range(1, offered.Length).Select(count => MediaTypes.Choose(offered.Take(count))).ToArray();

        Assert.Equal(offered, chosen);
        Assert.Equal("image/png", MediaTypes.Choose(new[] { "image/png", "application/pdf" }));
        Assert.Null(MediaTypes.Choose(System.Array.Empty<string>()));
    }

    [Fact]
    public void HighLevel_medias_upload_takes_the_file_and_its_other_parts()
    {
        var path = Path.Combine(RepoPaths.Corpus, "highlevel", "apps", "medias.json");
        var specs = new[] { new TestSpec(path, File.ReadAllText(path), "Corpus.Medias", "MediasClient") }.Concat(CorpusSpecs.ReferencedFiles(path));

        var run = GeneratorHarness.Run(specs);

        Assert.Empty(run.CompilationProblems());
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CGEN006" && d.GetMessage().Contains("request body"));
        var method = run.Output.GetTypeByMetadataName("Corpus.Medias.MediasClient")!.GetMembers("UploadMediaContentAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal(new[] { "file", "hosted", "fileUrl", "name", "parentId", "cancellationToken" }, method.Parameters.Select(p => p.Name));
        Assert.Equal("Corpus.Medias.MediasFileUpload?", method.Parameters[0].Type.ToDisplayString());
    }

    private const string Bodies = """
        openapi: 3.0.3
        info: { title: Bodies, version: "1" }
        paths:
          /form:
            post:
              operationId: sendForm
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: { type: object, properties: { a: { type: string } } }
              responses:
                "204": { description: ok }
          /free:
            post:
              operationId: sendFreeForm
              requestBody:
                content:
                  multipart/form-data:
                    schema: { type: object }
              responses:
                "400":
                  description: An HTML page.
                  content:
                    text/html:
                      schema: { type: string }
        """;

    [Fact]
    public void Only_a_multipart_body_without_parts_is_reported_and_a_form_body_and_an_html_error_body_are_not()
    {
        var run = GeneratorHarness.Run(new[] { new TestSpec("bodies.yaml", Bodies, "Specs.Bodies") });

        Assert.Empty(run.CompilationProblems());
        var reported = run.Diagnostics.Where(d => d.Id == "CGEN006").Select(d => (d.GetMessage(), d.Location.GetLineSpan().StartLinePosition.Line + 1)).ToList();
        var only = Assert.Single(reported);
        Assert.Contains("The request body of SendFreeForm in multipart/form-data", only.Item1);
        Assert.Contains("a multipart body needs a schema whose properties name its parts", only.Item1);
        Assert.Equal(19, only.Item2);
        Assert.Contains(run.Sources, source => source.SourceText.ToString().Contains("SendFormAsync(SendFormRequest? body", System.StringComparison.Ordinal));
    }
}
