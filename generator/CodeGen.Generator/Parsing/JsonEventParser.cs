using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeGen.Parsing;

/// <summary>
/// Reads strict JSON as the parsing events YamlDotNet's own parser would produce for it (flow mappings and sequences,
/// double-quoted strings, plain numbers and literals, with the same marks), without YAML's scanner, which is several
/// times slower on the multi-megabyte JSON documents vendors publish. Anything that is not strict JSON, or that YAML
/// would read differently (a lone surrogate escape, a raw line separator in a string), throws
/// <see cref="NotStrictJsonException"/>, so the caller can read the text with YamlDotNet instead.
/// </summary>
internal sealed class JsonEventParser : IParser
{
    private readonly string _text;
    private readonly Stack<bool> _openObjects = new();
    private int _index;
    private int _line = 1;
    private int _lineStart;
    private Step _step = Step.StreamStart;

    // After the start event of an empty {} or [], its end event comes next: true for an object, false for an array.
    private bool? _emptyToClose;

    public JsonEventParser(string text) => _text = text;

    private enum Step { StreamStart, DocumentStart, Value, AfterValue, DocumentEnd, StreamEnd, Done }

    public ParsingEvent? Current { get; private set; }

    /// <summary>Whether the text is worth trying as JSON: it opens with an object.</summary>
    public static bool StartsLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n') continue;
            return c == '{';
        }

        return false;
    }

    public bool MoveNext()
    {
        Current = Next();
        return Current is not null;
    }

    private ParsingEvent? Next()
    {
        switch (_step)
        {
            case Step.StreamStart:
                _step = Step.DocumentStart;
                return new StreamStart(Here(), Here());
            case Step.DocumentStart:
                SkipWhitespace();
                _step = Step.Value;
                return new DocumentStart(null, null, true, Here(), Here());
            case Step.Value:
                return ReadValue();
            case Step.AfterValue:
                return AfterValue();
            case Step.DocumentEnd:
                SkipWhitespace();
                if (_index != _text.Length) throw new NotStrictJsonException();
                _step = Step.StreamEnd;
                return new DocumentEnd(true, EndOfInput(), EndOfInput());
            case Step.StreamEnd:
                _step = Step.Done;
                return new StreamEnd(EndOfInput(), EndOfInput());
            default:
                return null;
        }
    }

    private ParsingEvent ReadValue()
    {
        SkipWhitespace();
        var start = Here();
        var c = Peek();
        var isKey = ExpectsKey();
        if (isKey && c != '"') throw new NotStrictJsonException();
        switch (c)
        {
            case '{':
                _index++;
                SkipWhitespace();
                if (Peek() == '}') return EmptyCollection(start, isObject: true);
                _openObjects.Push(true);
                _step = Step.Value;
                return new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow, start, start);
            case '[':
                _index++;
                SkipWhitespace();
                if (Peek() == ']') return EmptyCollection(start, isObject: false);
                _openObjects.Push(false);
                _step = Step.Value;
                return new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, start, start);
            case '"':
                var value = ReadString();
                var end = Here();
                _step = isKey ? Step.Value : Step.AfterValue;
                if (isKey) ExpectColon();
                return new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, false, true, start, end, isKey);
            default:
                var literal = ReadLiteral();
                _step = Step.AfterValue;
                return new Scalar(AnchorName.Empty, TagName.Empty, literal, ScalarStyle.Plain, true, false, start, Here(), false);
        }
    }

    /// <summary>An empty <c>{}</c> or <c>[]</c>: its start event now, its end event next.</summary>
    private ParsingEvent EmptyCollection(Mark start, bool isObject)
    {
        _emptyToClose = isObject;
        _step = Step.AfterValue;
        return isObject
            ? new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow, start, start)
            : new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, start, start);
    }

    private ParsingEvent AfterValue()
    {
        if (_emptyToClose is { } isEmptyObject)
        {
            _emptyToClose = null;
            return Close(isEmptyObject);
        }

        SkipWhitespace();
        if (_openObjects.Count == 0)
        {
            _step = Step.DocumentEnd;
            return Next()!;
        }

        var inObject = _openObjects.Peek();
        var c = Peek();
        if (c == ',')
        {
            _index++;
            _step = Step.Value;
            return ReadValue();
        }

        if (c != (inObject ? '}' : ']')) throw new NotStrictJsonException();
        _openObjects.Pop();
        return Close(inObject);
    }

    private ParsingEvent Close(bool isObject)
    {
        var at = Here();
        _index++;
        _step = Step.AfterValue;
        return isObject ? new MappingEnd(at, at) : new SequenceEnd(at, at);
    }

    /// <summary>In an object, a value is expected after a key; the next string is a key when the last event was not one.</summary>
    private bool ExpectsKey() => _openObjects.Count > 0 && _openObjects.Peek() && !(Current is Scalar { IsKey: true });

    private void ExpectColon()
    {
        SkipWhitespace();
        if (Peek() != ':') throw new NotStrictJsonException();
        _index++;
    }

    private string ReadString() => JsonText.ReadString(_text, ref _index);

    private string ReadLiteral()
    {
        var start = _index;
        _index = JsonText.LiteralEnd(_text, start);
        if (!JsonText.IsLiteral(_text, start, _index)) throw new NotStrictJsonException();
        return JsonText.LiteralText(_text, start, _index);
    }

    private char Peek() => _index < _text.Length ? _text[_index] : '\0';

    private void SkipWhitespace() => JsonText.SkipWhitespace(_text, ref _index, ref _line, ref _lineStart);

    private Mark Here() => new(_index, _line, _index - _lineStart + 1);

    /// <summary>Where YAML places the end of the stream: the start of the line after an unterminated last line.</summary>
    private Mark EndOfInput() => _index > _lineStart ? new(_index, _line + 1, 1) : Here();
}

/// <summary>The text is not strict JSON, or YAML would read it differently: read it as YAML instead.</summary>
internal sealed class NotStrictJsonException : Exception;
