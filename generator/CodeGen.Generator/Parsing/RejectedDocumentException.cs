using System;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;

namespace CodeGen.Parsing;

/// <summary>
/// The spec crossed a limit on untrusted input at <see cref="Start"/> (see <see cref="DocumentLimits"/> and
/// <see cref="GenerationBudget"/>): nothing more of it is read and nothing is generated for it.
/// </summary>
internal sealed class RejectedDocumentException : Exception
{
    public RejectedDocumentException(DiagnosticDescriptor descriptor, Mark start, Mark end, string argument)
        : base(argument)
    {
        Descriptor = descriptor;
        Start = start;
        End = end;
        Argument = argument;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public Mark Start { get; }

    public Mark End { get; }

    public string Argument { get; }
}
