using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits a sub-client of a big spec, each in its own file: its interface, nested in the root client's interface, and
/// its class, nested in the root client. The class holds the root client and sends through the root's transport, so
/// every sub-client shares the root's <c>HttpClient</c>, options, credentials, rate limits, retries, hooks and telemetry.
/// </summary>
internal static class SubClientEmitter
{
    public static string EmitInterface(ApiModel api, ClientGroupModel group)
    {
        var types = ClientEmitter.Types(api);
        var methods = new ClientMethods(api, types, new BodyContracts(api), group.PropertyName);
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        using (writer.Block($"public partial interface {api.ClientInterfaceName}"))
        {
            Text.WriteXmlDocComment(writer,
                $"{Text.EscapeXml(Describe(api, group))}, as <see cref=\"{api.ClientInterfaceName}.{group.PropertyName}\"/> gives them.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public interface {group.InterfaceName}"))
            {
                var first = true;
                foreach (var method in methods.All())
                {
                    if (!first) writer.Line();
                    first = false;
                    method.WriteDeclaration(writer);
                }
            }
        }

        return writer.ToString();
    }

    public static string EmitClass(ApiModel api, ClientGroupModel group)
    {
        var types = ClientEmitter.Types(api);
        var methods = new ClientMethods(api, types, new BodyContracts(api), group.PropertyName);
        var root = GeneratedNames.SubClientRoot;
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        using (writer.Block($"public sealed partial class {api.ClientName}"))
        {
            writer.Line($"/// <summary>{Text.XmlInline(Describe(api, group))}, sent through the root client's transport.</summary>");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"private sealed class {group.TypeName} : {api.ClientInterfaceName}.{group.InterfaceName}"))
            {
                writer.Line($"private readonly {api.ClientName} {root};");
                writer.Line();
                using (writer.Block($"public {group.TypeName}({api.ClientName} client)")) writer.Line($"{root} = client;");
                foreach (var method in methods.All())
                {
                    writer.Line();
                    method.WriteImplementation(writer, documented: false);
                }

                methods.WritePrivateMembers(writer);
            }
        }

        return writer.ToString();
    }

    /// <summary>The root client's property that gives the sub-client, declared by the root's interface.</summary>
    public static void WriteInterfaceProperty(CodeWriter writer, ApiModel api, ClientGroupModel group)
    {
        writer.Line($"/// <summary>{Text.XmlInline(Describe(api, group))}.</summary>");
        writer.Line($"{group.InterfaceName} {group.PropertyName} {{ get; }}");
    }

    /// <summary>The root client's property that gives the sub-client, and the statement of its constructor that creates it.</summary>
    public static void WriteProperty(CodeWriter writer, ApiModel api, ClientGroupModel group)
    {
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public {api.ClientInterfaceName}.{group.InterfaceName} {group.PropertyName} {{ get; }}");
    }

    public static string Creation(ClientGroupModel group) => $"{group.PropertyName} = new {group.TypeName}(this);";

    private static string Describe(ApiModel api, ClientGroupModel group) => group.IsTag
        ? $"The operations of {api.Title} tagged '{group.Key}'"
        : $"The operations of {api.Title} under /{group.Key}";
}
