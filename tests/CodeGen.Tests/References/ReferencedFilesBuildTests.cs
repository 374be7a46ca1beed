using System;
using System.IO;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.References;

/// <summary>
/// In a real <c>dotnet build</c>, a spec's relative <c>$ref</c> to a file beside its folder works with no MSBuild
/// line beyond the <c>OpenApiSpec</c>, and a file that is not there fails the build with the line that adds it.
/// </summary>
public sealed class ReferencedFilesBuildTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private const string Spec = """
        openapi: 3.0.3
        info: { title: Shop, version: '1' }
        paths:
          /orders:
            get:
              operationId: listOrders
              responses:
                '200': { description: ok }
                '422':
                  description: invalid
                  content:
                    application/json:
                      schema: { $ref: '../common/errors.json#/components/schemas/Problem' }
        """;

    private const string Errors = """
        { "components": { "schemas": { "Problem": { "type": "object", "properties": { "detail": { "type": "string" } } } } } }
        """;

    // Compiles only if the shared schema became a class of the spec's namespace.
    private const string Use = "namespace Consumer; internal static class Use { public static string? Detail(global::Consumer.Shop.Problem problem) => problem.Detail; }";

    [Fact]
    public void A_file_beside_the_specs_folder_is_found_by_default()
    {
        using var build = ConsumerBuild.Create(new[] { ("apps/shop.yaml", Spec), ("common/errors.json", Errors) }, specItems: "specs/apps/*.yaml");
        File.WriteAllText(Path.Combine(build.Directory, "Use.cs"), Use);

        var outcome = build.Build(Timeout);

        Assert.True(outcome.Finished && outcome.ExitCode == 0, outcome.Output);
        Assert.DoesNotContain("CGEN", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_fails_the_build_with_the_line_that_adds_it()
    {
        using var build = ConsumerBuild.Create(new[] { ("apps/shop.yaml", Spec) }, specItems: "specs/apps/*.yaml");

        var outcome = build.Build(Timeout);

        Assert.True(outcome.Finished && outcome.ExitCode != 0, outcome.Output);
        Assert.Contains("shop.yaml(13,", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("error CGEN019: The file '../common/errors.json'", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("<OpenApiReference Include=\"specs" + Path.DirectorySeparatorChar + "common" + Path.DirectorySeparatorChar + "errors.json\" />", outcome.Output, StringComparison.Ordinal);
    }
}
