using System.Collections.Generic;
using System.Text.Json;
using Xunit;
using U = CodeGen.Tests.Unions;

namespace CodeGen.Tests.Serialization;

/// <summary>
/// oneOf/anyOf values (Serialization/Specs/unions.yaml) read into the alternative the JSON holds and written back as
/// they came, with reflection-based serialisation off: by discriminator, by JSON token, and by the properties present.
/// </summary>
public sealed class UnionRoundTripTests
{
    private static readonly JsonSerializerOptions Options = U.Serialization.UnionsJsonResolver.Options;

    [Theory]
    [InlineData("""{"petType":"Cat","name":"Tom"}""")]
    [InlineData("""{"petType":"Dog","name":"Rex","barks":true}""")]
    [InlineData("""{"petType":"Dog","name":"Rex","tricks":["sit",{"roll":2}]}""")]
    [InlineData("""{"petType":"Parrot","name":"Polly","words":12}""")]
    public void A_discriminated_value_is_written_back_byte_for_byte(string json) =>
        Assert.Equal(json, RoundTripTests.RoundTrip<U.Pet>(json, Options));

    [Fact]
    public void The_discriminator_chooses_the_alternative_and_an_unknown_value_is_kept_as_it_came()
    {
        Assert.Equal("Tom", RoundTripTests.Read<U.Pet>("""{"name":"Tom","petType":"Cat"}""", Options).AsCat!.Name);
        Assert.True(RoundTripTests.Read<U.Pet>("""{"petType":"Dog","name":"Rex"}""", Options).IsDog);

        var parrot = RoundTripTests.Read<U.Pet>("""{"petType":"Parrot","name":"Polly"}""", Options);

        Assert.False(parrot.IsCat || parrot.IsDog);
        Assert.True(parrot.IsUnknown);
        Assert.Equal("Parrot", parrot.AsUnknown!.Value.GetProperty("petType").GetString());
        Assert.Equal("unknown", parrot.Match(cat => "cat", dog => "dog", unknown => "unknown"));
    }

    [Fact]
    public void The_mapping_selects_by_its_values_and_several_values_may_select_one_alternative()
    {
        var events = RoundTripTests.Read<List<U.Event>>(
            """[{"type":"payment.succeeded","amount":5},{"type":"payment.failed","reason":"card"},{"type":"payment.declined","reason":"limit"},{"type":"payment.refunded","amount":5}]""", Options);

        Assert.Equal(5, events[0].AsPaymentSucceeded!.Amount);
        Assert.Equal("card", events[1].AsPaymentFailed!.Reason);
        Assert.Equal("limit", events[2].AsPaymentFailed!.Reason);
        Assert.True(events[3].IsUnknown);
    }

    [Fact]
    public void An_expandable_field_reads_an_id_a_customer_or_a_deleted_customer()
    {
        var byId = RoundTripTests.Read<U.Charge>("""{"id":"ch_1","customer":"cus_1"}""", Options);
        var expanded = RoundTripTests.Read<U.Charge>("""{"id":"ch_1","customer":{"id":"cus_1","email":"a@b.c"}}""", Options);
        var deleted = RoundTripTests.Read<U.Charge>("""{"id":"ch_1","customer":{"id":"cus_1","deleted":true}}""", Options);

        Assert.Equal("cus_1", byId.Customer.AsString);
        Assert.Equal("a@b.c", expanded.Customer.AsCustomer!.Email);
        Assert.True(deleted.Customer.AsDeletedCustomer!.Deleted);
    }

    [Theory]
    [InlineData("""{"id":"ch_1","customer":"cus_1"}""")]
    [InlineData("""{"id":"ch_1","customer":{"id":"cus_1","email":"a@b.c","livemode":false,"address":{"city":"x"}},"metadata":{"a":"b"}}""")]
    [InlineData("""{"id":"ch_1","customer":{"id":"cus_1","deleted":true},"metadata":""}""")]
    public void An_expandable_field_is_written_back_byte_for_byte(string json) =>
        Assert.Equal(json, RoundTripTests.RoundTrip<U.Charge>(json, Options));

    [Fact]
    public void Objects_are_told_apart_by_their_required_properties_and_scalars_by_their_token()
    {
        var drawing = RoundTripTests.Read<U.Drawing>("""{"shapes":[{"radius":1},{"side":2,"radius":1},3,"xy"]}""", Options);

        Assert.Equal(1, drawing.Shapes[0].AsCircle!.Radius);
        Assert.Equal(2, drawing.Shapes[1].AsSquare!.Side);
        Assert.Equal(3, drawing.Shapes[2].AsInteger);
        Assert.Equal("xy", drawing.Shapes[3].AsString);
    }

    [Fact]
    public void A_value_no_alternative_reads_is_an_error_that_says_where()
    {
        var error = Assert.Throws<JsonException>(() => RoundTripTests.Read<U.Drawing>("""{"shapes":[1,true]}""", Options));

        Assert.Contains("Shape", error.Message);
        Assert.Contains("$.shapes[1]", error.Message);
    }

    [Fact]
    public void A_union_made_in_code_is_written_as_the_alternative_it_holds()
    {
        var drawing = new U.Drawing { Shapes = new List<U.Shape> { new U.Circle { Radius = 2 }, 7, "ab" } };

        Assert.Equal("""{"shapes":[{"radius":2},7,"ab"]}""", JsonSerializer.Serialize(drawing, RoundTripTests.TypeInfo<U.Drawing>(Options)));
    }

    [Fact]
    public void AllOf_with_a_nested_anyOf_keeps_every_property()
    {
        const string json = """{"createdAt":"2024-01-02T03:04:05Z","id":"r1","teamId":"t1"}""";

        var record = RoundTripTests.Read<U.Record>(json, Options);

        Assert.Equal("r1", record.Id);
        Assert.Equal("t1", record.TeamId);
        Assert.Null(record.UserId);
        Assert.Equal(json, RoundTripTests.RoundTrip<U.Record>(json, Options));
    }
}
