using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Tests.Http;

/// <summary>
/// HighLevel's official files (Corpus/highlevel) take their error bodies from <c>../common/common-schemas.json</c>:
/// generated with that file beside them, a documented 400 or 422 body comes back over real HTTP as the typed
/// exception with the parsed error, not as the plain one with no error.
/// </summary>
public sealed class OfficialHighLevelErrorTests : IClassFixture<ServerFixture>
{
    private static readonly Lazy<Assembly> Contacts = new(() => Compile("contacts", "Official.Contacts"));
    private static readonly Lazy<Assembly> Locations = new(() => Compile("locations", "Official.Locations"));

    private readonly RecordingServer _server;

    public OfficialHighLevelErrorTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task A_422_from_contacts_is_the_typed_exception_with_the_shared_UnprocessableDTO()
    {
        _server.Reset(_ => new ScriptedResponse(422, """{"statusCode":422,"message":["contactId must be a string"],"error":"Unprocessable Entity"}"""));

        var error = await ErrorOf(Contacts.Value, "Official.Contacts.ContactsClient", "GetAppointmentsForContactAsync", "c-1");

        Assert.Equal("Official.Contacts.UnprocessableDTO", error.GetType().FullName);
        Assert.Equal(422d, Read(error, "StatusCode"));
        Assert.Equal(new[] { "contactId must be a string" }, (IEnumerable<string>)Read(error, "Message")!);
        Assert.Equal("Unprocessable Entity", Read(error, "Error"));
        Assert.Equal("/contacts/c-1/appointments", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task A_400_from_locations_is_the_typed_exception_with_the_shared_BadRequestDTO()
    {
        _server.Reset(_ => new ScriptedResponse(400, """{"statusCode":400,"message":"Bad Request"}"""));

        var error = await ErrorOf(Locations.Value, "Official.Locations.LocationsClient", "GetLocationAsync", "loc-1");

        Assert.Equal("Official.Locations.BadRequestDTO", error.GetType().FullName);
        Assert.Equal(400d, Read(error, "StatusCode"));
        Assert.Equal("Bad Request", Read(error, "Message"));
    }

    /// <summary>Calls the operation with one string argument and returns the parsed error of the typed exception it throws.</summary>
    private async Task<object> ErrorOf(Assembly assembly, string clientName, string methodName, string argument)
    {
        using var http = new HttpClient { BaseAddress = _server.BaseAddress };
        var options = Activator.CreateInstance(assembly.GetType(clientName + "Options", throwOnError: true)!)!;
        foreach (var token in options.GetType().GetProperties().Where(p => p.Name.EndsWith("Token", StringComparison.Ordinal))) token.SetValue(options, "hl-token");
        var client = Activator.CreateInstance(assembly.GetType(clientName, throwOnError: true)!, http, options)!;
        // The official files are big enough for sub-clients: the method is on the client or on one of its sub-clients.
        var owner = new[] { client }.Concat(client.GetType().GetProperties().Select(p => p.GetValue(client)!))
            .Single(o => o.GetType().GetMethod(methodName) is not null);
        var call = (Task)owner.GetType().GetMethod(methodName)!.Invoke(owner, new object[] { argument, CancellationToken.None })!;

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => call);
        Assert.True(exception.GetType().IsGenericType, $"Expected the typed exception, got {exception.GetType()}: {exception.Message}");
        return Read(exception, "Error") ?? throw new Xunit.Sdk.XunitException("The typed exception has no parsed error.");
    }

    private static object? Read(object value, string property) =>
        value.GetType().GetProperties().First(p => p.Name == property && p.DeclaringType == value.GetType()).GetValue(value);

    /// <summary>Generates the official file with the shared schemas beside it, as a project with the default items would.</summary>
    private static Assembly Compile(string app, string @namespace)
    {
        var folder = Path.Combine(RepoPaths.Corpus, "highlevel");
        var spec = Path.Combine(folder, "apps", app + ".json");
        var common = Path.Combine(folder, "common", "common-schemas.json");
        var files = new[] { new TestSpec(spec, File.ReadAllText(spec), @namespace), TestSpec.Reference(common, File.ReadAllText(common)) };
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        GeneratorHarness.CreateDriver(files, RepoPaths.TestsProject, out _).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }
}
