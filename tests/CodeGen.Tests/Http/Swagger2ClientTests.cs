using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using PS = CodeGen.Tests.Petstore2;
using ST = CodeGen.Tests.SwaggerTwo;

namespace CodeGen.Tests.Http;

/// <summary>
/// Clients generated from Swagger 2.0 documents (the OpenAPI Initiative's 2.0 petstore, and Http/Specs/swagger2.yaml)
/// send what the 2.0 document describes: method, path under the base path, query in its collectionFormat, body,
/// credentials, and read the responses it declares.
/// </summary>
public sealed class Swagger2ClientTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public Swagger2ClientTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task The_petstore_lists_pets_with_its_query_and_reads_the_array()
    {
        _server.Reset(_ => new ScriptedResponse(200, """[{"id":1,"name":"Rex","tag":"dog"}]"""));

        var pets = await Petstore().ListPetsAsync(limit: 20);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/pets", request.Path);
        Assert.Equal("?limit=20", request.QueryString);
        var pet = Assert.Single(pets);
        Assert.Equal((1L, "Rex", "dog"), (pet.Id, pet.Name, pet.Tag));
    }

    [Fact]
    public async Task The_petstore_shows_a_pet_by_its_path_parameter()
    {
        _server.Reset(_ => new ScriptedResponse(200, """[{"id":7,"name":"Tom"}]"""));

        var pets = await Petstore().ShowPetByIdAsync("cat 7");

        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/pets/cat%207", request.Path);
        Assert.Equal("Tom", Assert.Single(pets).Name);
    }

    [Fact]
    public async Task The_petstore_creates_a_pet_and_reads_its_error_schema_on_failure()
    {
        _server.Reset(_ => new ScriptedResponse(500, """{"code":5,"message":"full"}"""));

        var error = await Assert.ThrowsAsync<PS.Petstore2ApiException<PS.Error>>(() => Petstore().CreatePetsAsync());

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/pets", request.Path);
        Assert.Equal(string.Empty, request.Body);
        Assert.Equal((5, "full"), (error.Error.Code, error.Error.Message));
    }

    [Fact]
    public void The_server_is_the_first_scheme_with_the_host_and_base_path()
    {
        Assert.Equal(new Uri("https://api.example.com/v2"), new ST.SwaggerTwoClientOptions().ResolveServerAddress());
        Assert.Equal(new Uri("http://petstore.swagger.io/v1"), new PS.Petstore2ClientOptions().ResolveServerAddress());
    }

    [Fact]
    public async Task Query_arrays_are_sent_in_their_collection_format_with_a_shared_parameter_and_the_api_key()
    {
        _server.Reset(_ => new ScriptedResponse(200, """[{"id":1,"name":"a","note":null}]"""));

        var items = await SwaggerTwo().FindItemsAsync(pageSize: 5, tags: new() { "red", "a,b" }, ids: new() { 1, 2 }, fields: new() { "name", "note" });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v2/items", request.Path);
        // csv (the 2.0 default) and pipes join the items into one value; multi repeats the name.
        Assert.Equal("?pageSize=5&tags=red,a%2Cb&ids=1&ids=2&fields=name%7Cnote", request.QueryString);
        Assert.Equal("key-1", request.Header("X-Api-Key"));
        Assert.Null(Assert.Single(items).Note);
    }

    [Fact]
    public async Task A_shared_body_parameter_is_sent_as_the_json_request_body_with_an_x_nullable_property_as_null()
    {
        _server.Reset(_ => new ScriptedResponse(201, """{"id":3,"name":"lamp","note":null}"""));

        var item = await SwaggerTwo().CreateItemAsync(new ST.NewItem { Name = "lamp", Note = null });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v2/items", request.Path);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal("""{"name":"lamp","note":null}""", request.Body);
        Assert.Equal(3L, item.Id);
    }

    [Fact]
    public async Task A_path_item_parameter_a_body_and_basic_credentials_are_sent_and_a_shared_response_is_read()
    {
        _server.Reset(_ => new ScriptedResponse(404, """{"message":"gone"}"""));

        var error = await Assert.ThrowsAsync<ST.SwaggerTwoApiException<ST.Problem>>(
            () => SwaggerTwo().ReplaceItemAsync("item-9", new ST.NewItem { Name = "lamp", Note = "bright" }));

        var request = Assert.Single(_server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v2/items/item-9", request.Path);
        Assert.Equal("""{"name":"lamp","note":"bright"}""", request.Body);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:secret")), request.Header("Authorization"));
        Assert.Null(request.Header("X-Api-Key"));
        Assert.Equal("gone", error.Error.Message);
    }

    private PS.Petstore2Client Petstore() =>
        new(new HttpClient(), new PS.Petstore2ClientOptions { BaseAddress = new Uri(_server.BaseAddress, "/v1") });

    private ST.SwaggerTwoClient SwaggerTwo() =>
        new(new HttpClient(), new ST.SwaggerTwoClientOptions
        {
            BaseAddress = new Uri(_server.BaseAddress, "/v2"),
            ApiKey = "key-1",
            BasicAuthUserName = "user",
            BasicAuthPassword = "secret",
        });
}
