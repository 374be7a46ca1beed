using System.Linq;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>
/// A project with implicit usings imports the namespaces of two specs that share schema names, and names of the BCL,
/// into one file: nothing the generator declares is ambiguous there.
/// </summary>
public sealed class ImportedNamespacesTests
{
    private static string Spec(string title) => $$"""
        openapi: 3.0.3
        info: { title: {{title}}, version: "1" }
        paths:
          /environments:
            post:
              operationId: createEnvironment
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: "#/components/schemas/Environment" }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: "#/components/schemas/Thread" }
        components:
          schemas:
            Environment:
              type: object
              required: [name]
              properties:
                name: { type: string, minLength: 1 }
                timer: { $ref: "#/components/schemas/Timer" }
            Thread:
              type: object
              properties:
                task: { $ref: "#/components/schemas/Task" }
            Task:
              type: object
              properties:
                path: { type: string }
            Timer:
              type: string
              enum: [on, off]
        """;

    // What <ImplicitUsings>enable</ImplicitUsings> adds to a project, then both specs' namespaces.
    private const string Consumer = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        using Specs.Alpha;
        using Specs.Beta;

        namespace Consumer;

        internal static class UsesBoth
        {
            internal static async Task<string> RunAsync(HttpClient http, CancellationToken cancellationToken)
            {
                var alpha = new AlphaClient(http);
                var beta = new BetaClient(http);
                try
                {
                    await alpha.CreateEnvironmentAsync(new Specs.Alpha.EnvironmentModel { Name = "" }, cancellationToken);
                }
                catch (AlphaValidationException exception)
                {
                    AlphaValidationResult result = exception.Result;
                    return string.Join(Environment.NewLine, result.Errors.Select(error => error.Path));
                }

                Specs.Beta.ThreadModel thread = await beta.CreateEnvironmentAsync(new Specs.Beta.EnvironmentModel { Name = "b", Timer = Specs.Beta.TimerModel.On }, cancellationToken);
                BetaValidationResult valid = new Specs.Beta.EnvironmentModel { Name = "b" }.Validate();
                using var timer = new Timer(_ => { });
                var thread2 = new Thread(() => { });
                await File.WriteAllTextAsync(Path.GetTempFileName(), thread.Task?.Path ?? "", cancellationToken);
                Action done = () => { };
                done();
                return valid.IsValid + thread2.Name + Task.CompletedTask.IsCompleted;
            }
        }
        """;

    [Fact]
    public void A_file_importing_two_specs_and_the_implicit_usings_compiles_without_a_warning()
    {
        var run = GeneratorHarness.Run(new[]
        {
            new TestSpec("alpha.yaml", Spec("Alpha"), "Specs.Alpha", "AlphaClient"),
            new TestSpec("beta.yaml", Spec("Beta"), "Specs.Beta", "BetaClient"),
        }, Consumer);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems().Select(d => d.ToString()));
    }
}
