using System.Text;
using System.Xml.Linq;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>The <c>metadata</c> element of a package's nuspec, looked up by local name.</summary>
internal sealed class Nuspec(XElement metadata)
{
    public static Nuspec Metadata(string packagePath)
    {
        var nuspecEntry = PackedGenerator.Entries(packagePath).Single(entry => entry.EndsWith(".nuspec", StringComparison.Ordinal) && !entry.Contains('/'));
        var document = XDocument.Parse(Encoding.UTF8.GetString(PackedGenerator.Read(packagePath, nuspecEntry)).TrimStart('\uFEFF'));
        return new Nuspec(document.Root!.Elements().Single(element => element.Name.LocalName == "metadata"));
    }

    public XElement? Element(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name);

    public string? Value(string name) => Element(name)?.Value;
}
