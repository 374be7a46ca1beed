using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the interface of a spec's client: every method the client has (see <see cref="ClientMethods"/>), with the
/// docs the client's members inherit. Code that depends on the interface can be given a fake in its tests.
/// </summary>
internal static class ClientInterfaceEmitter
{
    public static string Emit(ApiModel api)
    {
        var types = ClientEmitter.Types(api);
        var methods = new ClientMethods(api, types, new BodyContracts(api));
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        Text.WriteXmlDocComment(writer,
            $"The operations of {Text.XmlInline(api.Title)}, as <see cref=\"{api.ClientName}\"/> calls them.",
            "Depend on this interface where a test should substitute its own implementation; the client's dependency-injection registration provides it too.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        // A big spec's sub-clients declare their interfaces in their own files, nested in this one.
        using (writer.Block($"public {(api.ClientGroups.Count > 0 ? "partial " : "")}interface {api.ClientInterfaceName}"))
        {
            var first = true;
            foreach (var group in api.ClientGroups)
            {
                if (!first) writer.Line();
                first = false;
                SubClientEmitter.WriteInterfaceProperty(writer, api, group);
            }

            foreach (var method in methods.All())
            {
                if (!first) writer.Line();
                first = false;
                method.WriteDeclaration(writer);
            }
        }

        return writer.ToString();
    }
}
