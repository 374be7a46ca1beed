using System.Globalization;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Diagnostics;

/// <summary>
/// A style the spec gets wrong is reported at its <c>style</c> line (CGEN006) and the value is sent in the location's
/// default style; a form body that is not made of named values is reported and not taken.
/// </summary>
public sealed class StyleDiagnosticsTests
{
    [Theory]
    [InlineData("query", "matrix", "the location does not allow it", "StylesFormEncoding.Query(url, ref hasQuery, \"color\", StylesFormEncoding.Style.Form, explode: true, StylesFormEncoding.Value.Of(")]
    [InlineData("query", "diamond", "OpenAPI 3 defines no such style", "StylesFormEncoding.Query(url, ref hasQuery, \"color\", StylesFormEncoding.Style.Form, explode: true, StylesFormEncoding.Value.Of(")]
    [InlineData("path", "form", "the location does not allow it", "StylesFormEncoding.Path(nameof(color), \"color\", StylesFormEncoding.Style.Simple, explode: false")]
    [InlineData("header", "label", "the location does not allow it", "StylesFormEncoding.Header(explode: false")]
    [InlineData("cookie", "deepObject", "the location does not allow it", "StylesFormEncoding.Cookie(cookies, \"color\", explode: true")]
    public void A_style_the_location_does_not_allow_is_reported_at_its_line_and_the_default_is_used(string location, string style, string reason, string sent)
    {
        var spec = $$"""
            openapi: 3.0.3
            info: { title: Styles, version: "1" }
            paths:
              /colors{{(location == "path" ? "/{color}" : "")}}:
                get:
                  operationId: getColors
                  parameters:
                    - name: color
                      in: {{location}}
                      required: true
                      style: {{style}}
                      schema:
                        type: object
                        properties: { R: { type: integer } }
                  responses:
                    "204": { description: Done. }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/s/styles.yaml", spec, "Styles") });

        var reported = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN006", reported.Id);
        Assert.Equal(11, reported.Location.GetLineSpan().StartLinePosition.Line + 1);
        var message = reported.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains($"The {location} parameter 'color'", message);
        Assert.Contains($"'style: {style}'", message);
        Assert.Contains(reason, message);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains(sent, Client(run));
    }

    [Fact]
    public void A_form_property_encoding_with_an_unknown_style_is_reported_at_its_line()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: Styles, version: "1" }
            paths:
              /notes:
                post:
                  operationId: addNote
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema: { type: object, properties: { tags: { type: array, items: { type: string } } } }
                        encoding:
                          tags:
                            style: matrix
                  responses:
                    "204": { description: Done. }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/s/styles.yaml", spec, "Styles") });

        var reported = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN006", reported.Id);
        Assert.Equal(13, reported.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("The encoding of 'tags' in the form body of AddNote", reported.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("new StylesFormEncoding.Encoding(\"tags\", StylesFormEncoding.Style.Form, explode: true)", Client(run));
    }

    [Fact]
    public void A_form_body_that_is_not_an_object_is_reported_and_not_taken()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: Styles, version: "1" }
            paths:
              /notes:
                post:
                  operationId: addNote
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema: { type: string }
                  responses:
                    "204": { description: Done. }
            """;

        var run = GeneratorHarness.Run(new[] { new TestSpec("/s/styles.yaml", spec, "Styles") });

        var reported = Assert.Single(run.Diagnostics);
        Assert.Equal("CGEN006", reported.Id);
        Assert.Equal(10, reported.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("The form body of AddNote, which is not an object", reported.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("AddNoteAsync(global::System.Threading.CancellationToken cancellationToken = default)", Client(run));
    }

    private static string Client(GeneratorRun run) =>
        run.Sources.Single(s => s.HintName.EndsWith(".StylesClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
}
