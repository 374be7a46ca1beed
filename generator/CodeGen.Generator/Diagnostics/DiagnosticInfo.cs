using System.Globalization;
using System.Linq;
using CodeGen.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Diagnostics;

/// <summary>
/// A diagnostic as plain data: it can travel through the incremental pipeline and compare by value,
/// unlike <see cref="Diagnostic"/> and <see cref="Location"/>.
/// </summary>
internal sealed record DiagnosticInfo(
    string DescriptorId,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> MessageArguments)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(DescriptorId);
        var location = Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(descriptor, location, Arguments);
    }

    private object[] Arguments => MessageArguments.Cast<object>().ToArray();

    /// <summary>The one-based line of the diagnostic, as an editor shows it.</summary>
    public int Line => LineSpan.Start.Line + 1;

    public override string ToString() =>
        $"{FilePath}({Line},{LineSpan.Start.Character + 1}): {DescriptorId}: {string.Format(CultureInfo.InvariantCulture, DiagnosticDescriptors.ById(DescriptorId).MessageFormat.ToString(), Arguments)}";
}
