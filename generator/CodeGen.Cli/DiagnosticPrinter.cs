using System.Globalization;
using CodeGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Cli;

/// <summary>Prints a spec's diagnostics exactly as the compiler does: <c>path(line,column): error CGEN003: message</c>.</summary>
internal sealed class DiagnosticPrinter(TextWriter output, bool warningsAsErrors = false)
{
    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public void Print(IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            var diagnostic = info.ToDiagnostic();
            if (warningsAsErrors && diagnostic.Severity == DiagnosticSeverity.Warning)
            {
                diagnostic = Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, DiagnosticSeverity.Error, null, null, info.MessageArguments.Cast<object>().ToArray());
            }

            if (diagnostic.Severity == DiagnosticSeverity.Error) Errors++;
            else if (diagnostic.Severity == DiagnosticSeverity.Warning) Warnings++;
            output.WriteLine(CSharpDiagnosticFormatter.Instance.Format(diagnostic, CultureInfo.InvariantCulture));
        }
    }

    public string Summary => $"{Count(Errors, "error")}, {Count(Warnings, "warning")}";

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
