using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace CodeGen.Emit;

/// <summary>A minimal indentation-aware text writer for generated C#.</summary>
internal sealed class CodeWriter
{
    /// <summary>Larger builders are not kept: most files are a few thousand characters, a client can be megabytes.</summary>
    private const int MaxCachedCapacity = 128 * 1024;

    /// <summary>
    /// A builder a finished writer gave back, for the next file on this thread: a spec of thousands of types would
    /// otherwise grow a new builder, chunk by chunk, for every file.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? t_cachedBuilder;

    private StringBuilder? _builder;

    /// <summary>The text, once <see cref="ToString"/> has given the builder back.</summary>
    private string? _text;

    private int _indent;

    public CodeWriter()
    {
        _builder = t_cachedBuilder ?? new StringBuilder();
        t_cachedBuilder = null;
    }

    private StringBuilder Builder => _builder ??= new StringBuilder(_text);

    public CodeWriter Line(string text = "")
    {
        var builder = Builder;
        if (text.Length > 0) builder.Append(' ', _indent * 4).Append(text);
        builder.Append('\n');
        return this;
    }

    /// <summary>Writes an interpolated line without making a string of it first; the same text as <see cref="Line(string)"/>.</summary>
    public CodeWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        var builder = Builder;
        // An empty line gets no indentation, as Line(string) writes it.
        if (builder.Length == line.ContentStart) builder.Length = line.LineStart;
        builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line for <see cref="LineHandler"/>: its indentation, which an empty line takes back.</summary>
    internal StringBuilder BeginLine(out int lineStart)
    {
        var builder = Builder;
        lineStart = builder.Length;
        return builder.Append(' ', _indent * 4);
    }

    /// <summary>Writes each line of a multi-line template at the current indentation.</summary>
    public CodeWriter Lines(string text)
    {
        var builder = Builder;
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            while (length > 0 && text[start + length - 1] == '\r') length--;
            if (length > 0) builder.Append(' ', _indent * 4).Append(text, start, length);
            builder.Append('\n');
            if (end < 0) return this;
            start = end + 1;
        }
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public IDisposable Block(string header, string closing = "}")
    {
        Line(header);
        return Open(closing);
    }

    /// <inheritdoc cref="Block(string, string)"/>
    public IDisposable Block([InterpolatedStringHandlerArgument("")] ref LineHandler header, string closing = "}")
    {
        Line(ref header);
        return Open(closing);
    }

    private IDisposable Open(string closing)
    {
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

    /// <summary>The text written so far; the builder goes back for the next writer on this thread.</summary>
    public override string ToString()
    {
        if (_builder is null) return _text!;
        _text = _builder.ToString();
        if (_builder.Capacity <= MaxCachedCapacity)
        {
            _builder.Clear();
            t_cachedBuilder = _builder;
        }

        _builder = null;
        return _text;
    }

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
