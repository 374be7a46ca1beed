using System;
using System.Linq;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Generation;

/// <summary>
/// The telemetry every client has (BCL only), and the logging it gains where the project references
/// Microsoft.Extensions.Logging.Abstractions.
/// </summary>
public sealed class ClientTelemetryGenerationTests
{
    [Fact]
    public void Without_logging_abstractions_the_client_traces_and_measures_but_takes_no_logger_and_compiles()
    {
        var run = GeneratorHarness.Run(new[] { TestSpec.VendorSpecs[1] });

        Assert.Empty(run.CompilationProblems());
        var telemetry = Source(run, ".LeadSquaredTelemetry.g.cs");
        Assert.Contains("global::System.Diagnostics.ActivitySource", telemetry, StringComparison.Ordinal);
        Assert.Contains("global::System.Diagnostics.Metrics.Meter", telemetry, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, source => source.SourceText.ToString().Contains("Microsoft.Extensions.Logging", StringComparison.Ordinal));
    }

    [Fact]
    public void With_logging_abstractions_the_client_takes_an_optional_logger_and_logs_through_LoggerMessage()
    {
        var run = GeneratorHarness.Run(new[] { TestSpec.VendorSpecs[1] }, withHosting: true);

        Assert.Empty(run.CompilationProblems());
        Assert.Contains("global::Microsoft.Extensions.Logging.ILogger? logger = null)", Source(run, ".LeadSquaredClient.g.cs"), StringComparison.Ordinal);
        var telemetry = Source(run, ".LeadSquaredTelemetry.g.cs");
        Assert.Equal(4, telemetry.Split("LoggerMessage.Define<").Length - 1);
        Assert.Contains("GetService<global::Microsoft.Extensions.Logging.ILogger<", Source(run, ".LeadSquaredServiceCollectionExtensions.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_without_rate_limits_has_no_rate_limit_instrument()
    {
        var run = GeneratorHarness.Run(new[] { TestSpec.VendorSpecs[2] });

        Assert.Empty(run.CompilationProblems());
        Assert.DoesNotContain("rate_limit", Source(run, "Telemetry.g.cs"), StringComparison.Ordinal);
    }

    private static string Source(GeneratorRun run, string fileNameEnd) =>
        run.Sources.Single(source => source.HintName.EndsWith(fileNameEnd, StringComparison.Ordinal)).SourceText.ToString();
}
