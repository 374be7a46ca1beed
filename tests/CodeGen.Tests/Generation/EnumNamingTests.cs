using System.Linq;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>Enum member names come from x-enum-varnames, NSwag's x-enumNames or AutoRest's x-ms-enum, else the values.</summary>
public sealed class EnumNamingTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Enums, version: "1" }
        paths: {}
        components:
          schemas:
            ByVarNames:
              type: string
              enum: ["13", "14"]
              x-enum-varnames: [CallFollowUp, CallReminder]
              x-enum-descriptions: [Call follow-up, Call reminder]
            ByNSwag:
              type: integer
              enum: [0, 5]
              x-enumNames: [None, Opportunity]
            Holder:
              type: object
              properties:
                kind:
                  type: string
                  enum: [first-kind, second-kind]
                  x-ms-enum:
                    name: KindOfThing
                    values:
                      - { value: first-kind, name: Alpha, description: The first }
                      - { value: second-kind, name: Beta }
                mode:
                  type: string
                  enum: [read-only, "2021-07-28", class]
        """;

    [Fact]
    public void Member_names_follow_each_naming_extension_and_fall_back_to_the_values()
    {
        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/enums.yaml", Spec, "Enums") });
        var source = string.Join("\n", run.Sources.Select(s => s.SourceText.ToString()));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("CallFollowUp = 13,", source);
        Assert.Contains("Call follow-up (wire value \"13\").", source);
        Assert.Contains("Opportunity = 5,", source);
        Assert.Contains("public enum KindOfThing", source);
        Assert.Contains("Alpha = 1,", source);
        Assert.Contains("Beta = 2,", source);
        Assert.Contains("public enum HolderMode", source);
        Assert.Contains("ReadOnly = 1,", source);
        Assert.Contains("_2021_07_28 = 2,", source);
        Assert.Contains("Class = 3,", source);
        Assert.Empty(run.CompilationProblems());
    }
}
