using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits <c>services.AddXxxClient(...)</c>, registering the client as a typed <c>HttpClient</c> through
/// <c>IHttpClientFactory</c>. Only emitted when the consuming project references Microsoft.Extensions.Http.
/// </summary>
internal static class ServiceCollectionEmitter
{
    private const string DI = "global::Microsoft.Extensions.DependencyInjection.";

    /// <param name="withLogging">Microsoft.Extensions.Logging.Abstractions is referenced (it comes with Microsoft.Extensions.Http): the client gets its logger from the container.</param>
    public static string Emit(ApiModel api, bool withConfiguration, bool withLogging)
    {
        var writer = FileHeader.Start(api.SpecFileName, "Microsoft.Extensions.DependencyInjection");
        var client = $"global::{api.Namespace}.{api.ClientName}";
        var options = $"global::{api.Namespace}.{api.OptionsName}";
        var clientInterface = $"global::{api.Namespace}.{api.ClientInterfaceName}";
        Text.WriteXmlDocComment(writer, $"Registers <see cref=\"{client}\"/> with dependency injection.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Block($"public static class {api.ServiceCollectionExtensionsName}"))
        {
            Text.WriteXmlDocComment(writer,
                $"Registers <see cref=\"{client}\"/> as a typed client of <c>IHttpClientFactory</c>, with its options, and <see cref=\"{clientInterface}\"/> as the same client.",
                "Configure the options here, or bind them with <c>services.Configure&lt;" + Text.XmlInline(api.OptionsName) + "&gt;(...)</c>. The returned builder adds handlers, resilience or logging to the client's pipeline.");
            writer.Line("/// <param name=\"services\">The service collection.</param>");
            writer.Line("/// <param name=\"configure\">Sets credentials and server settings; optional.</param>");
            writer.Line("/// <returns>The builder of the client's <c>HttpClient</c>.</returns>");
            using (writer.Block($"public static {DI}IHttpClientBuilder Add{api.ClientName}(this {DI}IServiceCollection services, global::System.Action<{options}>? configure = null)"))
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(services);");
                writer.Line($"var optionsBuilder = {DI}OptionsServiceCollectionExtensions.AddOptions<{options}>(services);");
                writer.Line("if (configure is not null) optionsBuilder.Configure(configure);");
                writer.Line($"var builder = {DI}HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{client}, {client}>(services, static (global::System.Net.Http.HttpClient httpClient, global::System.IServiceProvider provider) =>");
                var logger = withLogging ? $", {DI}ServiceProviderServiceExtensions.GetService<global::Microsoft.Extensions.Logging.ILogger<{client}>>(provider)" : "";
                writer.Indent().Line($"new {client}(httpClient, {DI}ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<{options}>>(provider).Value{logger}));").Outdent();
                writer.Line("// The interface resolves to the same typed client, unless the application registered its own implementation first.");
                writer.Line($"{DI}Extensions.ServiceCollectionDescriptorExtensions.TryAddTransient<{clientInterface}>(services, static provider => {DI}ServiceProviderServiceExtensions.GetRequiredService<{client}>(provider));");
                writer.Line("return builder;");
            }

            if (withConfiguration) WriteConfigurationOverload(writer, api, options);
        }

        return writer.ToString();
    }

    /// <summary>Reads each setting by name: no reflection, so it works trimmed and under Native AOT.</summary>
    private static void WriteConfigurationOverload(CodeWriter writer, ApiModel api, string options)
    {
        writer.Line();
        Text.WriteXmlDocComment(writer,
            $"Registers <see cref=\"global::{api.Namespace}.{api.ClientName}\"/> with options read from a configuration section.",
            "Keys are the option names (such as <c>BaseAddress</c>); missing keys keep their defaults. Binding reads each key by name, without reflection.");
        writer.Line("/// <param name=\"services\">The service collection.</param>");
        writer.Line("/// <param name=\"configuration\">The section holding the settings, such as <c>configuration.GetSection(\"" + api.ApiName + "\")</c>.</param>");
        writer.Line("/// <returns>The builder of the client's <c>HttpClient</c>.</returns>");
        using (writer.Block($"public static {DI}IHttpClientBuilder Add{api.ClientName}(this {DI}IServiceCollection services, global::Microsoft.Extensions.Configuration.IConfiguration configuration)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(configuration);");
            using (writer.Block($"return Add{api.ClientName}(services, options =>", "});"))
            {
                writer.Line("if (configuration[\"BaseAddress\"] is { Length: > 0 } baseAddress)");
                writer.Line("{");
                writer.Indent();
                writer.Line("options.BaseAddress = global::System.Uri.TryCreate(baseAddress, global::System.UriKind.Absolute, out var address)");
                writer.Indent().Line("? address : throw new global::System.InvalidOperationException(\"The BaseAddress setting must be an absolute URL.\");").Outdent();
                writer.Outdent();
                writer.Line("}");
                foreach (var name in StringSettings(api))
                {
                    writer.Line($"if (configuration[{Text.Literal(name)}] is {{ Length: > 0 }} {Local(name)}) options.{name} = {Local(name)};");
                }
            }
        }
    }

    private static System.Collections.Generic.IEnumerable<string> StringSettings(ApiModel api)
    {
        if (api.Servers.Count > 0)
        {
            foreach (var variable in api.Servers[0].Variables) yield return variable.PropertyName;
        }

        foreach (var setting in api.SecuritySchemes.SelectMany(scheme => scheme.Settings)) yield return setting;
    }

    private static string Local(string name) => "@" + char.ToLowerInvariant(name[0]) + name.Substring(1);
}
