using System;
using System.Collections.Generic;
using System.Globalization;
using CodeGen.Diagnostics;
using YamlDotNet.Core;

namespace CodeGen.Parsing.Nodes;

/// <summary>
/// A strict JSON document checked in one pass that builds no node: it records where each object and array starts and
/// ends, so that <see cref="JsonNodeBuilder"/> builds a collection's children only when they are first read. Most of a
/// large spec is never read (GitHub's examples and webhooks; every operation a selection leaves out), and building all
/// of it took longer than reading a selection of operations from it.
/// The check declines (<see cref="NotStrictJsonException"/>) all that <see cref="JsonEventParser"/> declines, and a key
/// written twice in one object, so YamlDotNet reads such text and reports what it finds. A document nested deeper than
/// <see cref="DocumentLimits.MaxDepth"/> is refused where <see cref="LimitedParser"/> refuses it.
/// </summary>
internal sealed class JsonOutline
{
    // Per collection, in document order: where it starts (index, line, first index of that line), where it ends
    // (the index after its bracket, the line and its first index there), and how many collections it holds.
    private const int Stride = 7;

    // Kept in chunks small enough to stay off the large object heap, so a big document never copies a big array.
    private const int CollectionsPerChunk = 2048;

    private readonly List<Frame> _frames = new();
    private readonly List<int[]> _chunks = new();
    private int _count;
    private int _depth;
    private int _index;
    private int _line = 1;
    private int _lineStart;

    private JsonOutline(string text) => Text = text;

    public string Text { get; }

    /// <summary>The root of <paramref name="text"/>, whose collections are built as they are read.</summary>
    public static YamlNode Load(string text)
    {
        var outline = new JsonOutline(text);
        outline.Check();
        return new JsonNodeBuilder(outline).Root();
    }

    public int StartIndex(int collection) => Field(collection, 0);

    public int StartLine(int collection) => Field(collection, 1);

    public int StartLineStart(int collection) => Field(collection, 2);

    public int EndIndex(int collection) => Field(collection, 3);

    public int EndLine(int collection) => Field(collection, 4);

    public int EndLineStart(int collection) => Field(collection, 5);

    public int Descendants(int collection) => Field(collection, 6);

    private int Field(int collection, int field) =>
        _chunks[collection / CollectionsPerChunk][(collection % CollectionsPerChunk) * Stride + field];

    private void Record(int collection, int field, int value) =>
        _chunks[collection / CollectionsPerChunk][(collection % CollectionsPerChunk) * Stride + field] = value;

    /// <summary>Checks the whole text, without recursing: open collections are kept in frames, one per depth.</summary>
    private void Check()
    {
        var expectsValue = true;
        while (true)
        {
            if (expectsValue)
            {
                SkipWhitespace();
                expectsValue = Value();
                continue;
            }

            if (_depth == 0) break;
            SkipWhitespace();
            var open = _frames[_depth - 1];
            var c = Peek();
            if (c == ',')
            {
                _index++;
                if (open.IsObject) Key(open);
                expectsValue = true;
                continue;
            }

            if (c != (open.IsObject ? '}' : ']')) throw new NotStrictJsonException();
            _index++;
            _depth--;
            Close(open.Collection);
        }

        SkipWhitespace();
        if (_index != Text.Length) throw new NotStrictJsonException();
    }

    /// <summary>Checks the value starting here; true when it opened a collection whose first value comes next.</summary>
    private bool Value()
    {
        switch (Peek())
        {
            case '{':
                return Open(isObject: true);
            case '[':
                return Open(isObject: false);
            case '"':
                JsonText.SkipString(Text, ref _index);
                return false;
            default:
                SkipLiteral();
                return false;
        }
    }

    /// <summary>Opens a collection; false when it is empty, and so already closed.</summary>
    private bool Open(bool isObject)
    {
        if (_depth == DocumentLimits.MaxDepth)
        {
            var at = new Mark(_index, _line, _index - _lineStart + 1);
            throw new RejectedDocumentException(DiagnosticDescriptors.DocumentTooDeep, at, at, DocumentLimits.MaxDepth.ToString(CultureInfo.InvariantCulture));
        }

        var collection = _count++;
        if (collection % CollectionsPerChunk == 0) _chunks.Add(new int[CollectionsPerChunk * Stride]);
        Record(collection, 0, _index);
        Record(collection, 1, _line);
        Record(collection, 2, _lineStart);
        _index++;
        SkipWhitespace();
        if (Peek() == (isObject ? '}' : ']'))
        {
            _index++;
            Close(collection);
            return false;
        }

        if (_depth == _frames.Count) _frames.Add(new Frame());
        var frame = _frames[_depth++];
        frame.Open(collection, isObject);
        if (isObject) Key(frame);
        return true;
    }

    private void Close(int collection)
    {
        Record(collection, 3, _index);
        Record(collection, 4, _line);
        Record(collection, 5, _lineStart);
        Record(collection, 6, _count - collection - 1);
    }

    private void Key(Frame frame)
    {
        SkipWhitespace();
        if (Peek() != '"') throw new NotStrictJsonException();
        var quote = _index;
        JsonText.SkipString(Text, ref _index);
        var start = quote + 1;
        var length = _index - 1 - start;
        // A key is compared as it reads: one written with escapes is unescaped first (rare enough to read twice).
        var key = Text.IndexOf('\\', start, length) < 0 ? new KeyText(Text, start, length) : Unescaped(quote);
        if (!frame.AddKey(key)) throw new NotStrictJsonException();
        SkipWhitespace();
        if (Peek() != ':') throw new NotStrictJsonException();
        _index++;
    }

    private KeyText Unescaped(int quote)
    {
        var text = JsonText.ReadString(Text, ref quote);
        return new KeyText(text, 0, text.Length);
    }

    private void SkipLiteral()
    {
        var start = _index;
        _index = JsonText.LiteralEnd(Text, _index);
        if (!JsonText.IsLiteral(Text, start, _index)) throw new NotStrictJsonException();
    }

    private char Peek() => _index < Text.Length ? Text[_index] : '\0';

    private void SkipWhitespace() => JsonText.SkipWhitespace(Text, ref _index, ref _line, ref _lineStart);

    /// <summary>A key's text: a span of the document, or its unescaped copy.</summary>
    private readonly struct KeyText
    {
        public KeyText(string source, int start, int length)
        {
            Source = source;
            Start = start;
            Length = length;
        }

        public string Source { get; }

        public int Start { get; }

        public int Length { get; }

        public bool SameAs(KeyText other) =>
            Length == other.Length && string.CompareOrdinal(Source, Start, other.Source, other.Start, Length) == 0;

        /// <summary>FNV-1a over the key's characters, never negative.</summary>
        public int Hash()
        {
            var hash = unchecked((int)2166136261);
            for (var i = Start; i < Start + Length; i++) hash = unchecked((hash ^ Source[i]) * 16777619);
            return hash & int.MaxValue;
        }
    }

    /// <summary>
    /// An open collection at one depth and the keys seen in it, reused by each collection opened at that depth. Up to
    /// <see cref="YamlMappingNode.ScanLimit"/> keys are compared in turn; past that they go into a hash table whose
    /// slots are marked with the object they belong to, so opening the next object clears nothing.
    /// </summary>
    private sealed class Frame
    {
        private const int MaxProbes = 64;

        private readonly List<KeyText> _keys = new();
        private KeyText[] _slots = Array.Empty<KeyText>();
        private int[] _slotObject = Array.Empty<int>();
        private int _object;
        private int _tableCount;

        public int Collection { get; private set; }

        public bool IsObject { get; private set; }

        public void Open(int collection, bool isObject)
        {
            Collection = collection;
            IsObject = isObject;
            _keys.Clear();
            _object++;
            _tableCount = 0;
        }

        /// <summary>False when the key was already written in this object.</summary>
        public bool AddKey(KeyText key)
        {
            if (_keys.Count < YamlMappingNode.ScanLimit)
            {
                foreach (var seen in _keys)
                {
                    if (seen.SameAs(key)) return false;
                }

                _keys.Add(key);
                return true;
            }

            if (_tableCount == 0)
            {
                foreach (var seen in _keys) AddToTable(seen);
            }

            return AddToTable(key);
        }

        private bool AddToTable(KeyText key)
        {
            // At most half full, so a free slot is always found and probes stay short.
            if ((_tableCount + 1) * 2 > _slots.Length) Grow();
            var mask = _slots.Length - 1;
            var probes = 0;
            for (var slot = key.Hash() & mask; ; slot = (slot + 1) & mask)
            {
                // Keys made to share a hash would make every check slower; YamlDotNet's reader is left to read them.
                if (++probes > MaxProbes) throw new NotStrictJsonException();
                if (_slotObject[slot] != _object)
                {
                    _slots[slot] = key;
                    _slotObject[slot] = _object;
                    _tableCount++;
                    return true;
                }

                if (_slots[slot].SameAs(key)) return false;
            }
        }

        private void Grow()
        {
            var old = _slots;
            var oldObject = _slotObject;
            _slots = new KeyText[Math.Max(32, old.Length * 2)];
            _slotObject = new int[_slots.Length];
            _tableCount = 0;
            for (var i = 0; i < old.Length; i++)
            {
                if (oldObject[i] == _object) AddToTable(old[i]);
            }
        }
    }
}
