using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CodeGen.Diagnostics;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// The documents one spec's <c>$ref</c>s lead to: the spec itself and the referenced files it was given, each read
/// when first needed. A reference is followed from the file it is written in, and every node read from another
/// file remembers that file, so diagnostics point into it.
/// </summary>
internal sealed class SpecDocuments
{
    private readonly string _specKey;
    private readonly string _specDirectory;
    private readonly YamlMappingNode _root;
    private readonly DiagnosticBag _diagnostics;
    private readonly string? _projectDirectory;
    private readonly Dictionary<string, ReferencedFile> _files = new(SpecPaths.Comparer);
    private readonly Dictionary<string, YamlNode?> _loaded = new(SpecPaths.Comparer);
    private readonly Dictionary<YamlNode, ReferencedFile> _fileOfNode = new(NodeIdentity.Instance);
    private readonly HashSet<string> _reportedFiles = new(SpecPaths.Comparer);
    private readonly HashSet<string> _reportedUrls = new(StringComparer.Ordinal);

    public SpecDocuments(SpecInput input, YamlMappingNode root, DiagnosticBag diagnostics)
    {
        _specKey = SpecPaths.Normalize(input.Path);
        _specDirectory = SpecPaths.DirectoryOf(_specKey);
        _root = root;
        _diagnostics = diagnostics;
        _projectDirectory = input.ProjectDirectory;
        foreach (var file in input.ReferencedFiles) _files[SpecPaths.Normalize(file.Path)] = file;
        diagnostics.FileOfNode = node => _fileOfNode.TryGetValue(node, out var file) ? file.Path : null;
    }

    /// <summary>
    /// The node a <c>$ref</c> points to, with a key that names it the same way from every file (<c>#/…</c> within
    /// the spec, <c>../common/schemas.json#/…</c> in another file) and the type name it suggests. Null, reported,
    /// when there is none or it is not followed.
    /// </summary>
    public ResolvedReference? Find(YamlScalarNode referenceNode)
    {
        var reference = referenceNode.Value ?? "";
        var target = ReferenceTarget.Parse(reference);
        if (target.IsUrl)
        {
            var url = reference.Split('#')[0];
            if (_reportedUrls.Add(url))
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, referenceNode, $"The reference to the URL '{url}'",
                    "only references within the spec and to files beside it are followed; the value is generated as a JsonElement");
            }

            return null;
        }

        if (target.Pointer.Length > 0 && target.Pointer[0] != '/' || target.IsLocal && target.Pointer.Length == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, referenceNode, $"The reference '{reference}'",
                "only JSON pointers such as '#/components/schemas/Pet' are followed; the value is generated as a JsonElement");
            return null;
        }

        var holder = _fileOfNode.TryGetValue(referenceNode, out var holderFile) ? SpecPaths.Normalize(holderFile.Path) : _specKey;
        var fileKey = target.File is null ? holder : SpecPaths.Resolve(holder, target.File);
        if (DocumentAt(fileKey, referenceNode) is not { } document) return null;

        var node = JsonPointer.Find(document, target.Pointer, out var missingSegment);
        var isSpec = SpecPaths.Comparer.Equals(fileKey, _specKey);
        if (node is null)
        {
            var where = isSpec ? "the document" : $"'{Display(fileKey)}'";
            _diagnostics.Report(DiagnosticDescriptors.UnresolvedReference, referenceNode, reference, $"there is no '{missingSegment}' in {where}");
            return null;
        }

        var key = (isSpec ? "" : Display(fileKey)) + "#" + target.Pointer;
        return new ResolvedReference(node, key);
    }

    /// <summary>The type name a reference key suggests: the last segment of its pointer, or the file's name for a whole file.</summary>
    public static string NameOf(string key)
    {
        var hash = key.LastIndexOf('#');
        var pointer = key.Substring(hash + 1);
        return pointer.Length > 0 ? pointer.Substring(pointer.LastIndexOf('/') + 1) : SpecPaths.Stem(key.Substring(0, hash));
    }

    private YamlNode? DocumentAt(string fileKey, YamlNode referenceNode)
    {
        if (SpecPaths.Comparer.Equals(fileKey, _specKey)) return _root;
        if (_loaded.TryGetValue(fileKey, out var loaded)) return loaded;
        if (!_files.TryGetValue(fileKey, out var file))
        {
            if (_reportedFiles.Add(fileKey)) _diagnostics.Report(DiagnosticDescriptors.MissingReferencedFile, referenceNode, Display(fileKey), HowToAdd(fileKey));
            return null;
        }

        try
        {
            loaded = SpecReader.LoadYaml(file.Text, _diagnostics.ForFile(file.Path), requireMapping: false);
        }
        catch (RejectedDocumentException rejected)
        {
            _diagnostics.ForFile(file.Path).Report(rejected.Descriptor, rejected.Start, rejected.End, rejected.Argument);
            loaded = null;
        }

        if (loaded is not null) Remember(loaded, file);
        _loaded[fileKey] = loaded;
        return loaded;
    }

    /// <summary>Marks every node of a referenced file as read from it (each once: aliases share their node).</summary>
    private void Remember(YamlNode root, ReferencedFile file)
    {
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (_fileOfNode.ContainsKey(node)) continue;
            _fileOfNode[node] = file;
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var pair in mapping.Children)
                    {
                        pending.Push(pair.Key);
                        pending.Push(pair.Value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children) pending.Push(child);
                    break;
            }
        }
    }

    private string Display(string fileKey) => SpecPaths.Relative(_specDirectory, fileKey);

    private string HowToAdd(string fileKey)
    {
        if (_projectDirectory is null) return "there is no such file";
        var include = SpecPaths.Relative(_projectDirectory, fileKey).Replace('/', System.IO.Path.DirectorySeparatorChar);
        return $"add it to the project with <OpenApiReference Include=\"{include}\" />";
    }

    /// <summary>YAML nodes compare by content; the file a node was read from goes by the node itself.</summary>
    internal sealed class NodeIdentity : IEqualityComparer<YamlNode>
    {
        public static readonly NodeIdentity Instance = new();

        public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(YamlNode obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>A node a <c>$ref</c> leads to, and the key that names it the same way from every file.</summary>
internal sealed record ResolvedReference(YamlNode Node, string Key);
