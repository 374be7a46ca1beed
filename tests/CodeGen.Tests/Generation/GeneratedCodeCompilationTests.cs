using System.Linq;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>The generated code compiles cleanly, as a consumer with TreatWarningsAsErrors needs.</summary>
public sealed class GeneratedCodeCompilationTests
{
    private const string ConsumerCode = """
        using System.Collections.Generic;
        using Vendors.LeadSquared;

        namespace Consumer
        {
            /// <summary>Uses the generated models the way an application would.</summary>
            public static class Usage
            {
                /// <summary>Builds a request.</summary>
                public static CreateTasksInBulkRequest Build() => new CreateTasksInBulkRequest
                {
                    TaskList = new List<BulkTask> { new BulkTask { Name = "Call", TaskType = new TaskTypeReference { Name = "Meeting" }, NotifyBy = TaskNotifyBy.Email } },
                };
            }
        }
        """;

    [Fact]
    public void Generated_code_for_all_vendor_specs_compiles_without_errors_or_warnings_with_nullable_and_doc_checks_on()
    {
        var run = GeneratorHarness.Run(TestSpec.VendorSpecs, ConsumerCode);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Sources.Count() > 40, "expected models, enums, converters and resolvers for three specs");
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.ToString())));
    }

    [Fact]
    public void Missing_required_member_in_consumer_code_is_a_compiler_error()
    {
        // BulkTask.Name and TaskType are required by the spec, so leaving them out must not compile.
        var run = GeneratorHarness.Run(TestSpec.VendorSpecs, "namespace Consumer { public static class C { public static object M() => new Vendors.LeadSquared.BulkTask(); } }");

        var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToList();
        Assert.Contains("CS9035", errors);
    }
}
