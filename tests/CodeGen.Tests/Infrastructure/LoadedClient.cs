using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Infrastructure;

/// <summary>
/// A spec generated, compiled and loaded in memory, so a test can call its client without the test project compiling
/// it: arguments are given as JSON and read by the spec's own converters, whatever C# types they map to.
/// </summary>
internal sealed class LoadedClient
{
    private readonly Assembly _assembly;
    private readonly string _namespace;
    private readonly string _apiName;

    private LoadedClient(Assembly assembly, string @namespace, string apiName)
    {
        _assembly = assembly;
        _namespace = @namespace;
        _apiName = apiName;
    }

    public static LoadedClient Compile(TestSpec spec, string apiName)
    {
        var run = GeneratorHarness.Run(new[] { spec });
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        return new LoadedClient(Assembly.Load(image.ToArray()), spec.Namespace!, apiName);
    }

    /// <summary>A type the spec generated, by its name in the spec's namespace.</summary>
    public Type Type(string name) => _assembly.GetType(_namespace + "." + name, throwOnError: true)!;

    /// <summary>A value of <paramref name="type"/> read from JSON by the generated converters.</summary>
    public object? FromJson(Type type, string json)
    {
        if (type == typeof(JsonElement)) return JsonDocument.Parse(json).RootElement.Clone();
        return JsonSerializer.Deserialize(json, Options().GetTypeInfo(type));
    }

    /// <summary>A value of <paramref name="type"/> written as JSON by the generated converters.</summary>
    public string ToJson(Type type, object? value) => JsonSerializer.Serialize(value, Options().GetTypeInfo(type));

    private JsonSerializerOptions Options()
    {
        var resolver = _assembly.GetType($"{_namespace}.Serialization.{_apiName}JsonResolver", throwOnError: true)!;
        return (JsonSerializerOptions)resolver.GetProperty("Options")!.GetValue(null)!;
    }

    /// <summary>
    /// Calls the operation method <paramref name="method"/> on a client that sends to <paramref name="server"/>, with
    /// the named arguments read from JSON (or given as strings) and the rest left at their defaults.
    /// </summary>
    public async Task CallAsync(Uri server, string method, params (string Name, object? Value)[] arguments)
    {
        var root = Activator.CreateInstance(Type(_apiName + "Client"), new HttpClient { BaseAddress = server }, null)!;
        var (client, info) = Find(root, method);
        var values = info.GetParameters().Select(parameter =>
        {
            if (parameter.ParameterType == typeof(CancellationToken)) return CancellationToken.None;
            var given = arguments.FirstOrDefault(a => a.Name == parameter.Name);
            if (given.Name is null) return parameter.DefaultValue;
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            return given.Value is Json json ? FromJson(type, json.Text) : given.Value;
        }).ToArray();
        await (Task)info.Invoke(client, values)!;
    }

    /// <summary>The method on the client or, for a spec grouped into sub-clients, on the sub-client that has it.</summary>
    private static (object Target, MethodInfo Method) Find(object root, string method)
    {
        if (root.GetType().GetMethod(method) is { } own) return (root, own);
        foreach (var property in root.GetType().GetProperties().Where(p => p.PropertyType.IsInterface))
        {
            var subClient = property.GetValue(root)!;
            if (subClient.GetType().GetMethod(method) is { } info) return (subClient, info);
        }

        throw new InvalidOperationException($"No method {method}.");
    }

    /// <summary>An argument given as JSON, read by the spec's converters into the parameter's type.</summary>
    public sealed record Json(string Text);

    /// <summary>Calls a static method of an internal helper class the spec generated.</summary>
    public object? CallStatic(string typeName, string method, params object?[] arguments)
    {
        var type = Type(typeName);
        var info = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Single(m => m.Name == method && m.GetParameters().Length == arguments.Length);
        try
        {
            return info.Invoke(null, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }
}
