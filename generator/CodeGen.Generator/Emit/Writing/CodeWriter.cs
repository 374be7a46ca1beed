using System;
using System.Text;

namespace CodeGen.Emit;

/// <summary>A minimal indentation-aware text writer for generated C#.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes each line of a multi-line template at the current indentation.</summary>
    public CodeWriter Lines(string text)
    {
        foreach (var line in text.Split('\n')) Line(line.TrimEnd('\r'));
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public IDisposable Block(string header, string closing = "}")
    {
        Line(header);
        Line("{");
        _indent++;
        return new Scope(this, closing);
    }

    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _builder.ToString();

    private sealed class Scope : IDisposable
    {
        private readonly CodeWriter _writer;
        private readonly string _closing;

        public Scope(CodeWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer._indent--;
            _writer.Line(_closing);
        }
    }
}
