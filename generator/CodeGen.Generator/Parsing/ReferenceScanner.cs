using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeGen.Parsing;

/// <summary>
/// Lists the other files a document's <c>$ref</c>s name, from its parser events alone (no document is built), so the
/// pipeline can hand each spec the texts of just the files it refers to. It may list more than the reader follows
/// (a <c>$ref</c> key inside an example counts too), never less.
/// </summary>
internal static class ReferenceScanner
{
    private const string RefKey = "$ref";

    /// <summary>The file part of every <c>$ref</c> to another file, as written and percent-decoded, in order of first use.</summary>
    public static IReadOnlyList<string> ReferencedFiles(string text, CancellationToken cancellationToken)
    {
        if (EveryReferenceIsLocal(text)) return Array.Empty<string>();
        if (JsonEventParser.StartsLikeJson(text))
        {
            var fromJson = new List<string>();
            if (TryScan(new JsonEventParser(text), fromJson, cancellationToken)) return fromJson;
        }

        var fromYaml = new List<string>();
        TryScan(new Parser(new StringReader(text)), fromYaml, cancellationToken);
        return fromYaml;
    }

    /// <summary>
    /// Whether each <c>$ref</c> in the text is followed, past quotes, blanks and a colon, by a value that names no other
    /// file as <see cref="ReferenceTarget"/> reads it (<c>#/…</c> within the document, as in most single-file specs, or
    /// a URL), or, unquoted, by <c>{</c> (a mapping: a property named <c>$ref</c>, as in SCIM schemas); such documents
    /// need no parse here. Any other spelling (another file, an alias, a tag, an escape, a value on the next line,
    /// "$ref" in prose) leaves the answer to the parser.
    /// </summary>
    internal static bool EveryReferenceIsLocal(string text)
    {
        var at = text.IndexOf(RefKey, StringComparison.Ordinal);
        while (at >= 0)
        {
            var i = SkipQuotesAndBlanks(text, at + RefKey.Length);
            if (i >= text.Length || text[i] != ':') return false;
            i = SkipBlanks(text, i + 1);
            if (i >= text.Length) return false;
            if (text[i] != '{' && !NamesNoFile(text, i)) return false;
            at = text.IndexOf(RefKey, i, StringComparison.Ordinal);
        }

        return true;
    }

    /// <summary>Whether the value written at <paramref name="index"/>, quoted or not and without escapes, names no other file.</summary>
    private static bool NamesNoFile(string text, int index)
    {
        var quote = text[index] is '"' or '\'' ? text[index] : '\0';
        var start = quote == '\0' ? index : index + 1;
        if (start < text.Length && text[start] == '#') return true;
        var end = start;
        while (end < text.Length && (quote == '\0' ? text[end] is not (' ' or '\t' or '\r' or '\n' or ',' or '}' or ']') : text[end] != quote)) end++;
        var value = text.Substring(start, end - start);
        return value.Length > 0 && value.IndexOf('\\') < 0 && ReferenceTarget.Parse(value).File is null;
    }

    private static int SkipQuotesAndBlanks(string text, int index)
    {
        while (index < text.Length && text[index] is '"' or '\'' or ' ' or '\t') index++;
        return index;
    }

    private static int SkipBlanks(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t') index++;
        return index;
    }

    /// <summary>Collects into <paramref name="files"/> until the end or the first syntax error; false on an error.</summary>
    private static bool TryScan(IParser inner, List<string> files, CancellationToken cancellationToken)
    {
        var parser = new LimitedParser(inner);
        // What each open collection waits for next, and whether the key just read was "$ref".
        var expecting = new Stack<Next>();
        var afterRefKey = false;
        try
        {
            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (parser.Current)
                {
                    case Scalar scalar when expecting.Count > 0 && expecting.Peek() == Next.Key:
                        afterRefKey = scalar.Value == RefKey;
                        Advance(expecting);
                        break;
                    case Scalar scalar:
                        if (afterRefKey) Add(scalar.Value, files);
                        afterRefKey = false;
                        Advance(expecting);
                        break;
                    case MappingStart:
                        afterRefKey = false;
                        Advance(expecting);
                        expecting.Push(Next.Key);
                        break;
                    case SequenceStart:
                        afterRefKey = false;
                        Advance(expecting);
                        expecting.Push(Next.Item);
                        break;
                    case MappingEnd or SequenceEnd:
                        expecting.Pop();
                        break;
                    case AnchorAlias:
                        afterRefKey = false;
                        Advance(expecting);
                        break;
                }
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A syntax error or a crossed limit: the reader reports it when it reads the document.
            return false;
        }
    }

    private enum Next { Item, Key, Value }

    /// <summary>In a mapping, a key is followed by a value and a value by a key; a sequence holds items only.</summary>
    private static void Advance(Stack<Next> expecting)
    {
        if (expecting.Count == 0 || expecting.Peek() == Next.Item) return;
        expecting.Push(expecting.Pop() == Next.Key ? Next.Value : Next.Key);
    }

    private static void Add(string reference, List<string> files)
    {
        var target = ReferenceTarget.Parse(reference);
        if (target.File is { } file && !target.IsUrl && !files.Contains(file)) files.Add(file);
    }
}
