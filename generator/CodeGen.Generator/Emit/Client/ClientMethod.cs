using System;

namespace CodeGen.Emit;

/// <summary>
/// A public method of a client: the client implements it and the client's interface declares it. Its docs are said
/// once, on the interface; the client's member inherits them.
/// </summary>
internal sealed class ClientMethod
{
    private readonly Action<CodeWriter> _writeBody;

    /// <param name="documentation">The <c>///</c> lines, unindented.</param>
    /// <param name="signature">The return type, name and parameters (with their defaults), as both declare them.</param>
    /// <param name="implementationModifiers">What the client's declaration adds before the signature, such as <c>public async</c>.</param>
    /// <param name="writeBody">Writes the statements of the client's method.</param>
    /// <param name="implementationSignature">
    /// The client's signature where it must differ from the interface's, such as an async iterator's
    /// <c>[EnumeratorCancellation]</c>, which an interface member may not carry (CS8424).
    /// </param>
    public ClientMethod(string documentation, string signature, string implementationModifiers, Action<CodeWriter> writeBody, string? implementationSignature = null)
    {
        Documentation = documentation;
        Signature = signature;
        ImplementationModifiers = implementationModifiers;
        _writeBody = writeBody;
        _implementationSignature = implementationSignature ?? signature;
    }

    private readonly string _implementationSignature;

    private string? _expression;

    /// <summary>A method whose implementation is one expression, written <c>=&gt; expression;</c>.</summary>
    public static ClientMethod Expression(string documentation, string signature, string implementationModifiers, string expression, string? implementationSignature = null) =>
        new(documentation, signature, implementationModifiers, _ => { }, implementationSignature) { _expression = expression };

    public string Documentation { get; }

    public string Signature { get; }

    public string ImplementationModifiers { get; }

    /// <summary>The interface's member: the docs and the signature.</summary>
    public void WriteDeclaration(CodeWriter writer)
    {
        writer.Lines(Documentation);
        writer.Line(Signature + ";");
    }

    /// <summary>The client's member, which inherits its docs from the interface.</summary>
    /// <param name="documented">The member is visible to callers (the root client's); a private sub-client's members are reached only through its interface.</param>
    public void WriteImplementation(CodeWriter writer, bool documented = true)
    {
        if (documented) writer.Line("/// <inheritdoc/>");
        if (_expression is not null)
        {
            writer.Line($"{ImplementationModifiers} {_implementationSignature} =>");
            writer.Indent();
            writer.Line(_expression + ";");
            writer.Outdent();
            return;
        }

        using (writer.Block(ImplementationModifiers + " " + _implementationSignature)) _writeBody(writer);
    }

    /// <summary>Captures what <paramref name="write"/> writes, for <see cref="Documentation"/>.</summary>
    public static string Capture(Action<CodeWriter> write)
    {
        var writer = new CodeWriter();
        write(writer);
        return writer.ToString().TrimEnd('\n');
    }
}
