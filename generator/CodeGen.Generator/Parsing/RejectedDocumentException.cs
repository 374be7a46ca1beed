using System;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;

namespace CodeGen.Parsing;

/// <summary>The document is refused at <see cref="Start"/> for the reason in <see cref="Argument"/>; nothing more of it is read.</summary>
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
