using System;
using System.Linq;
using System.Text.RegularExpressions;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Diagnostics;

/// <summary>
/// Specs that once crashed the compiler (a stack overflow, which no test can catch in its own process), hung the
/// build or exhausted its memory, built by <c>dotnet build</c> in a separate process: each build must end in time,
/// without a crash, with every spec's diagnostic at its file and line. The mapper's reproductions and the document
/// readers' are built apart, so a crash in one cannot hide the results of the other.
/// </summary>
public sealed class CompilerCrashTests(CompilerCrashTests.Builds builds, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<CompilerCrashTests.Builds>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static TheoryData<string> Reproductions => new(HostileSpecs.All().Select(s => s.FileName));

    [Theory]
    [MemberData(nameof(Reproductions))]
    public void A_hostile_spec_gets_a_located_diagnostic_from_a_build_that_ends_in_time_without_crashing(string fileName)
    {
        var spec = HostileSpecs.All().Single(s => s.FileName == fileName);
        var (consumer, outcome) = builds.For(spec);
        output.WriteLine($"build of {string.Join(", ", consumer.Specs)} took {outcome.Duration.TotalSeconds:0.0} s, exit code {outcome.ExitCode}");

        Assert.True(outcome.Finished, $"the build did not finish within {Timeout.TotalSeconds} s:\n{Tail(outcome.Output)}");
        Assert.DoesNotContain("Stack overflow", outcome.Output, StringComparison.OrdinalIgnoreCase);
        Assert.True(outcome.ExitCode is 0 or 1, $"exit code {outcome.ExitCode}:\n{Tail(outcome.Output)}");
        Assert.DoesNotMatch(@"error CS\d+", outcome.Output);

        var path = System.IO.Path.Combine(consumer.Build.SpecsFolder, spec.FileName);
        var line = spec.ExpectedLine?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? @"\d+";
        Assert.Matches(new Regex(Regex.Escape(path) + $@"\({line},\d+\): error {spec.ExpectedId}:"), outcome.Output);
    }

    private static string Tail(string text) => text.Length <= 4_000 ? text : text.Substring(text.Length - 4_000);

    /// <summary>The two consumer projects, each built at most once for the whole class.</summary>
    public sealed class Builds : IDisposable
    {
        private static readonly string[] ReaderReproductions = { HostileSpecs.DeepExample().FileName, HostileSpecs.DeepJson().FileName };

        private readonly Lazy<(Consumer, BuildOutcome)> _mapper = new(() => Build(HostileSpecs.All().Where(s => !ReaderReproductions.Contains(s.FileName))));
        private readonly Lazy<(Consumer, BuildOutcome)> _readers = new(() => Build(HostileSpecs.All().Where(s => ReaderReproductions.Contains(s.FileName))));

        internal (Consumer Consumer, BuildOutcome Outcome) For(HostileSpec spec) =>
            (ReaderReproductions.Contains(spec.FileName) ? _readers : _mapper).Value;

        public void Dispose()
        {
            if (_mapper.IsValueCreated) _mapper.Value.Item1.Build.Dispose();
            if (_readers.IsValueCreated) _readers.Value.Item1.Build.Dispose();
        }

        private static (Consumer, BuildOutcome) Build(System.Collections.Generic.IEnumerable<HostileSpec> specs)
        {
            var list = specs.ToList();
            var build = ConsumerBuild.Create(list.Select(s => (s.FileName, s.Text)));
            return (new Consumer(build, list.Select(s => s.FileName).ToArray()), build.Build(Timeout));
        }
    }

    internal sealed record Consumer(ConsumerBuild Build, string[] Specs);
}
