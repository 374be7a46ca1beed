using System;

namespace CodeGen.Parsing;

/// <summary>
/// What a <c>$ref</c> string names: a JSON pointer in the same document (<c>#/components/schemas/Pet</c>), one in
/// another file given by a relative path (<c>../common/schemas.json#/Pet</c>, or the whole file without a
/// fragment), or a URL, which is not followed.
/// </summary>
internal readonly struct ReferenceTarget
{
    private ReferenceTarget(string? file, string pointer, bool isUrl)
    {
        File = file;
        Pointer = pointer;
        IsUrl = isUrl;
    }

    /// <summary>The referenced file's path as written, percent-decoded; null for a reference within the document.</summary>
    public string? File { get; }

    /// <summary>The JSON pointer after <c>#</c> as written (still percent-encoded); empty for the whole document.</summary>
    public string Pointer { get; }

    /// <summary>True for <c>https://…</c> and any other reference with a URI scheme.</summary>
    public bool IsUrl { get; }

    public bool IsLocal => File is null && !IsUrl;

    public static ReferenceTarget Parse(string reference)
    {
        if (HasScheme(reference)) return new ReferenceTarget(null, "", isUrl: true);
        var hash = reference.IndexOf('#');
        var file = hash < 0 ? reference : reference.Substring(0, hash);
        var pointer = hash < 0 ? "" : reference.Substring(hash + 1);
        return new ReferenceTarget(file.Length == 0 ? null : Uri.UnescapeDataString(file), pointer, isUrl: false);
    }

    /// <summary>A scheme of two or more letters before a colon (one letter is a Windows drive, as in <c>C:\specs</c>).</summary>
    private static bool HasScheme(string reference)
    {
        var colon = reference.IndexOf(':');
        if (colon < 2 || !IsAsciiLetter(reference[0])) return false;
        for (var i = 1; i < colon; i++)
        {
            var c = reference[i];
            if (!(IsAsciiLetter(c) || c is >= '0' and <= '9' || c is '+' or '-' or '.')) return false;
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
