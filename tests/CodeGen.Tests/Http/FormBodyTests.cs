using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;
using Json = CodeGen.Tests.Infrastructure.LoadedClient.Json;

namespace CodeGen.Tests.Http;

/// <summary>
/// Stripe's <c>/v1/customers</c> (Http/Specs/stripe-customers.yaml, copied from Stripe's spec) against a real server:
/// the form body and the deepObject query go on the wire as Stripe's API reference shows them. The arguments are
/// given as JSON, so the tests hold whatever C# types Stripe's unions map to.
/// </summary>
public sealed class FormBodyTests : IClassFixture<ServerFixture>
{
    private const string CustomerJson = """{"id":"cus_1","object":"customer","email":"jenny@example.com"}""";

    private static readonly Lazy<LoadedClient> Stripe = new(() =>
    {
        var path = Path.Combine(RepoPaths.TestsProject, "Http", "Specs", "stripe-customers.yaml");
        return LoadedClient.Compile(new TestSpec(path, File.ReadAllText(path), "Forms.Stripe", "StripeClient"), "Stripe");
    });

    private readonly RecordingServer _server;

    public FormBodyTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task A_customer_is_created_with_the_body_stripes_docs_show()
    {
        _server.Reset(_ => new ScriptedResponse(200, CustomerJson));

        await Stripe.Value.CallAsync(_server.BaseAddress, "PostCustomersAsync",
            ("body", new Json("""{"email":"jenny@example.com","metadata":{"order_id":"6735"},"expand":["default_source"]}""")));

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/customers", request.Path);
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Header("Content-Type"));
        // https://docs.stripe.com/api/customers/create: email=…, metadata[order_id]=6735, expand[]=…; brackets stay literal, as Stripe's libraries send them.
        Assert.Equal("email=jenny%40example.com&expand[]=default_source&metadata[order_id]=6735", request.Body);
        Assert.Equal(
            new Dictionary<string, string> { ["email"] = "jenny@example.com", ["expand[]"] = "default_source", ["metadata[order_id]"] = "6735" },
            QueryHelpers.ParseQuery(request.Body).ToDictionary(pair => pair.Key, pair => pair.Value.ToString()));
    }

    [Fact]
    public async Task Nested_objects_arrays_enums_and_numbers_are_flattened_as_their_json()
    {
        _server.Reset(_ => new ScriptedResponse(200, CustomerJson));

        await Stripe.Value.CallAsync(_server.BaseAddress, "PostCustomersAsync", ("body", new Json("""
            {
              "name": "Jenny & Rosen = 100%",
              "balance": -500,
              "cash_balance": { "settings": { "reconciliation_mode": "manual" } },
              "preferred_locales": ["en", "fr-CA"],
              "tax_exempt": "reverse",
              "address": { "city": "Zürich", "line1": "Bahnhofstrasse 1" },
              "invoice_settings": { "custom_fields": [{ "name": "PO", "value": "A-1" }, { "name": "Ref", "value": "[x]" }] }
            }
            """)));

        // In the order of the schema's properties, as the converter writes them.
        Assert.Equal(
            "address[city]=Z%C3%BCrich&address[line1]=Bahnhofstrasse%201&balance=-500&cash_balance[settings][reconciliation_mode]=manual" +
            "&invoice_settings[custom_fields][0][name]=PO&invoice_settings[custom_fields][0][value]=A-1" +
            "&invoice_settings[custom_fields][1][name]=Ref&invoice_settings[custom_fields][1][value]=%5Bx%5D" +
            "&name=Jenny%20%26%20Rosen%20%3D%20100%25&preferred_locales[]=en&preferred_locales[]=fr-CA&tax_exempt=reverse",
            Assert.Single(_server.Requests).Body);
    }

    [Fact]
    public async Task A_call_without_a_body_sends_no_content()
    {
        _server.Reset(_ => new ScriptedResponse(200, CustomerJson));

        await Stripe.Value.CallAsync(_server.BaseAddress, "PostCustomersAsync");

        var request = Assert.Single(_server.Requests);
        Assert.Equal("", request.Body);
        Assert.Null(request.Header("Content-Type"));
    }

    [Fact]
    public async Task Customers_are_listed_with_deep_object_query_parameters()
    {
        _server.Reset(_ => new ScriptedResponse(200, $$"""{"data":[{{CustomerJson}}],"has_more":false,"object":"list","url":"/v1/customers"}"""));

        // Stripe's GET declares an empty form body: the method takes none.
        Assert.DoesNotContain(Stripe.Value.Type("StripeClient").GetMethod("GetCustomersAsync")!.GetParameters(), p => p.Name == "body");
        await Stripe.Value.CallAsync(_server.BaseAddress, "GetCustomersAsync",
            ("created", new Json("""{"gte":1700000000,"lt":1800000000}""")), ("expand", new List<string> { "data.default_source" }), ("limit", 3));

        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("?created[gte]=1700000000&created[lt]=1800000000&expand[]=data.default_source&limit=3", request.QueryString);
        Assert.Equal("", request.Body);
    }
}
