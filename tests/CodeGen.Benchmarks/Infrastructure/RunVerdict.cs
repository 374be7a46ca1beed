using BenchmarkDotNet.Reports;

namespace CodeGen.Benchmarks.Infrastructure;

/// <summary>Turns a run into an exit code, so a benchmark that breaks fails the build that runs it.</summary>
internal static class RunVerdict
{
    public static int ExitCode(IEnumerable<Summary> summaries)
    {
        var failures = new List<string>();
        foreach (var summary in summaries)
        {
            failures.AddRange(summary.ValidationErrors.Where(error => error.IsCritical).Select(error => error.Message));
            failures.AddRange(summary.Reports
                .Where(report => report.ResultStatistics is null && !SpecCatalog.IsKnownNSwagFailure(report.BenchmarkCase))
                .Select(report => report.BenchmarkCase.DisplayInfo));
        }

        foreach (var failure in failures.Distinct()) Console.Error.WriteLine($"Benchmark failed: {failure}");
        return failures.Count == 0 ? 0 : 1;
    }
}
