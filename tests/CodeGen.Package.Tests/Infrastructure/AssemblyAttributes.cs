using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>
/// Reads attributes whose arguments are all strings from an assembly's metadata, without loading it: the packed
/// generator and a consumer's output are inspected as files.
/// </summary>
internal static class AssemblyAttributes
{
    /// <summary>The string arguments of every <paramref name="attributeType"/> (namespace and name) applied anywhere in the assembly.</summary>
    public static IReadOnlyList<string[]> StringArguments(byte[] assembly, string attributeType, int argumentCount)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        var metadata = reader.GetMetadataReader();
        var found = new List<string[]>();
        foreach (var handle in metadata.CustomAttributes)
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (TypeOf(metadata, attribute.Constructor) != attributeType) continue;

            var blob = metadata.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1) throw new BadImageFormatException($"{attributeType} has no attribute blob prolog");
            found.Add(Enumerable.Range(0, argumentCount).Select(_ => blob.ReadSerializedString() ?? "").ToArray());
        }

        return found;
    }

    private static string? TypeOf(MetadataReader metadata, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference) return null;
        var parent = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference) return null;
        var type = metadata.GetTypeReference((TypeReferenceHandle)parent);
        return $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}";
    }
}
