using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace CodeGen.Emit;

/// <summary>
/// Lets <c>writer.Line($"…")</c> append an interpolated line straight into the file being written, instead of making
/// a string of the line first: a large spec writes tens of millions of characters, line by line. Values are formatted
/// as string interpolation formats them.
/// </summary>
[InterpolatedStringHandler]
internal readonly ref struct LineHandler
{
    private readonly StringBuilder _builder;

    public LineHandler(int literalLength, int formattedCount, CodeWriter writer)
    {
        _builder = writer.BeginLine(out var lineStart);
        LineStart = lineStart;
        ContentStart = _builder.Length;
    }

    /// <summary>Where the line starts, before its indentation.</summary>
    public int LineStart { get; }

    /// <summary>Where the line's text starts, after its indentation.</summary>
    public int ContentStart { get; }

    public void AppendLiteral(string value) => _builder.Append(value);

    public void AppendFormatted(string? value) => _builder.Append(value);

    public void AppendFormatted<T>(T value) => _builder.Append(Format(value, null));

    public void AppendFormatted<T>(T value, string? format) => _builder.Append(Format(value, format));

    public void AppendFormatted<T>(T value, int alignment) => AppendAligned(Format(value, null), alignment);

    public void AppendFormatted<T>(T value, int alignment, string? format) => AppendAligned(Format(value, format), alignment);

    private static string? Format<T>(T value, string? format) =>
        value is IFormattable formattable ? formattable.ToString(format, null) : value?.ToString();

    private void AppendAligned(string? text, int alignment)
    {
        var padding = Math.Abs(alignment) - (text?.Length ?? 0);
        if (padding > 0 && alignment > 0) _builder.Append(' ', padding);
        _builder.Append(text);
        if (padding > 0 && alignment < 0) _builder.Append(' ', padding);
    }
}
