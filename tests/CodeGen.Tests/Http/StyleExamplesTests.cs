using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Http;

/// <summary>
/// Every row of OpenAPI 3.1's "Style Examples" table (https://spec.openapis.org/oas/v3.1.0#style-examples), for
/// <c>color</c> = "" / "blue" / ["blue","black","brown"] / {"R":100,"G":200,"B":150}, sent by a generated client in
/// each location that allows the style and read from the wire by a real server.
/// </summary>
public sealed class StyleExamplesTests : IClassFixture<ServerFixture>
{
    /// <summary>A row of the table in one location, and what each kind of value is sent as; null where the table says n/a.</summary>
    private sealed record Row(string In, string Style, bool Explode, string? Empty, string? String, string? Array, string? Object);

    /// <summary>A value the client refuses to send (a path segment that would be ".": another path).</summary>
    private const string Refused = "refused";

    private static readonly Row[] Table =
    {
        new("path", "matrix", false, ";color", ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150"),
        new("path", "matrix", true, ";color", ";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150"),
        new("path", "label", false, Refused, ".blue", ".blue.black.brown", ".R.100.G.200.B.150"),
        new("path", "label", true, Refused, ".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
        new("path", "simple", false, Refused, "blue", "blue,black,brown", "R,100,G,200,B,150"),
        new("path", "simple", true, Refused, "blue", "blue,black,brown", "R=100,G=200,B=150"),
        new("query", "form", false, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
        new("query", "form", true, "color=", "color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150"),
        // The table leaves out the name here; 3.1.1 corrected it to color=blue%20black%20brown.
        new("query", "spaceDelimited", false, null, null, "color=blue%20black%20brown", "color=R%20100%20G%20200%20B%20150"),
        new("query", "pipeDelimited", false, null, null, "color=blue|black|brown", "color=R|100|G|200|B|150"),
        new("query", "deepObject", true, null, null, null, "color[R]=100&color[G]=200&color[B]=150"),
        new("header", "simple", false, null, "blue", "blue,black,brown", "R,100,G,200,B,150"),
        new("header", "simple", true, null, "blue", "blue,black,brown", "R=100,G=200,B=150"),
        // A Cookie header separates cookies by "; ", where a query separates pairs by "&".
        new("cookie", "form", false, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
        new("cookie", "form", true, "color=", "color=blue", "color=blue; color=black; color=brown", "R=100; G=200; B=150"),
    };

    private static readonly string[] Kinds = { "empty", "string", "array", "object" };

    private static readonly Lazy<LoadedClient> Client = new(() => LoadedClient.Compile(new TestSpec("/styles/styles.yaml", Spec(), "Styles.Examples", "StylesClient"), "Styles"));

    private readonly RecordingServer _server;

    public StyleExamplesTests(ServerFixture fixture) => _server = fixture.Server;

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (var row = 0; row < Table.Length; row++)
        {
            foreach (var kind in Kinds)
            {
                if (Expected(Table[row], kind) is not null) data.Add(row, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_value_goes_on_the_wire_as_the_style_examples_show(int row, string kind)
    {
        var line = Table[row];
        var expected = Expected(line, kind)!;
        _server.Reset(_ => new ScriptedResponse(204));
        var call = Client.Value.CallAsync(_server.BaseAddress, Method(row, kind) + "Async", ("color", Value(kind)));

        if (expected == Refused)
        {
            var refusal = await Assert.ThrowsAsync<ArgumentException>(() => call);
            Assert.Contains("\".\"", refusal.Message, StringComparison.Ordinal);
            Assert.Empty(_server.Requests);
            return;
        }

        await call;
        var request = Assert.Single(_server.Requests);
        var sent = line.In switch
        {
            "path" => request.Path.Substring($"/{Method(row, kind)}/".Length),
            "query" => request.QueryString.TrimStart('?'),
            "header" => request.Header("color"),
            _ => request.Header("Cookie"),
        };
        // "|" is not allowed in a URL as it is (RFC 3986), so the client sends it as %7C.
        Assert.Equal(expected, sent?.Replace("%7C", "|", StringComparison.Ordinal));
    }

    private static string? Expected(Row row, string kind) => kind switch
    {
        "empty" => row.Empty,
        "string" => row.String,
        "array" => row.Array,
        _ => row.Object,
    };

    private static object Value(string kind) => kind switch
    {
        "empty" => "",
        "string" => "blue",
        "array" => new List<string> { "blue", "black", "brown" },
        _ => new LoadedClient.Json("""{"R":100,"G":200,"B":150}"""),
    };

    /// <summary>The method of the operation for one row and kind; its path is the operation id.</summary>
    private static string Method(int row, string kind) => $"Row{row}{char.ToUpperInvariant(kind[0])}{kind.Substring(1)}";

    /// <summary>One operation per row and kind, with a required parameter <c>color</c> in the row's location and style.</summary>
    private static string Spec()
    {
        var text = new StringBuilder("openapi: 3.1.0\ninfo: { title: Styles, version: \"1\" }\npaths:\n");
        for (var row = 0; row < Table.Length; row++)
        {
            var line = Table[row];
            foreach (var kind in Kinds.Where(kind => Expected(line, kind) is not null))
            {
                var name = Method(row, kind);
                var schema = kind switch
                {
                    "array" => "{ type: array, items: { type: string } }",
                    "object" => "{ $ref: '#/components/schemas/Rgb' }",
                    _ => "{ type: string }",
                };
                text.Append($"  /{name}{(line.In == "path" ? "/{color}" : "")}:\n");
                text.Append($"    get:\n      operationId: {name}\n      parameters:\n");
                text.Append($"        - {{ name: color, in: {line.In}, required: true, style: {line.Style}, explode: {(line.Explode ? "true" : "false")}, schema: {schema} }}\n");
                text.Append("      responses:\n        \"204\": { description: Done. }\n");
            }
        }

        text.Append("components:\n  schemas:\n    Rgb:\n      type: object\n      properties:\n");
        text.Append("        R: { type: integer }\n        G: { type: integer }\n        B: { type: integer }\n");
        return text.ToString();
    }
}
