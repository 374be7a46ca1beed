using System.Linq;
using System.Text.Json;
using CodeGen.Tests.Infrastructure;
using Xunit;
using WS = CodeGen.Tests.WireShapes;

namespace CodeGen.Tests.Serialization;

/// <summary>
/// The property shapes a converter tells apart: required or optional, nullable or not, a JSON value of any kind, and
/// a name that needs escaping on the wire.
/// </summary>
public sealed class WireShapeTests
{
    private static readonly JsonSerializerOptions Options = WS.Serialization.WireShapesJsonResolver.Options;

    private static string Write(WS.Record record) => JsonSerializer.Serialize(record, RoundTripTests.TypeInfo<WS.Record>(Options));

    private static WS.Record Record() => new()
    {
        Id = "r1",
        Note = null,
        Count = null,
        Payload = JsonDocument.Parse("[1]").RootElement,
        LabelQuotedÉ = "x",
    };

    [Fact]
    public void Required_nullable_properties_are_sent_as_null_and_optional_ones_are_left_out()
    {
        Assert.Equal("""{"id":"r1","note":null,"count":null,"payload":[1],"label \u0022quoted\u0022 \u00E9":"x"}""", Write(Record()));
    }

    [Fact]
    public void Values_are_written_after_their_names()
    {
        var record = Record();
        record.Note = "n";
        record.Count = 3;
        record.Size = 4;
        record.Tags = ["a"];

        Assert.Equal("""{"id":"r1","note":"n","count":3,"payload":[1],"label \u0022quoted\u0022 \u00E9":"x","size":4,"tags":["a"]}""", Write(record));
    }

    [Fact]
    public void A_written_record_reads_back_with_its_escaped_name_and_unknown_properties()
    {
        var record = RoundTripTests.Read<WS.Record>("""{"id":"r1","note":null,"count":2,"payload":{"a":1},"label \"quoted\" é":"x","extra":true}""", Options);

        Assert.Equal(("r1", null, 2, "x"), (record.Id, record.Note, record.Count, record.LabelQuotedÉ));
        Assert.Equal(JsonValueKind.Object, record.Payload.ValueKind);
        Assert.Equal("extra", record.AdditionalProperties!.Keys.Single());
        Assert.Equal("""{"id":"r1","note":null,"count":2,"payload":{"a":1},"label \u0022quoted\u0022 \u00E9":"x","extra":true}""", Write(record));
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { """{"note":null,"count":null,"payload":1,"label \"quoted\" é":"x"}""", "Record: the required property 'id' is missing." },
        { """{"id":"r1","count":null,"payload":1,"label \"quoted\" é":"x"}""", "Record: the required property 'note' is missing." },
        { """{"id":"r1","note":null,"payload":1,"label \"quoted\" é":"x"}""", "Record: the required property 'count' is missing." },
        { """{"id":null,"note":null,"count":null,"payload":1,"label \"quoted\" é":"x"}""", "Value must not be null: expected a string. Path: $.id." },
        { """{"id":"r1","note":null,"count":null,"payload":null,"label \"quoted\" é":"x"}""", "Record: the property 'payload' must not be null. Path: $.payload." },
        { """{"id":"r1","note":null,"count":"3","payload":1,"label \"quoted\" é":"x"}""", "Value: expected an integer but found String. Path: $.count." },
        { """{"id":"r1","note":null,"count":null,"payload":1,"label \"quoted\" é":5}""", "Value: expected a string but found Number. Path: $['label \"quoted\" é']." },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_records_fail_with_what_and_where(string json, string expectedMessage)
    {
        var error = Assert.Throws<JsonException>(() => RoundTripTests.Read<WS.Record>(json, Options));
        Assert.Equal(expectedMessage, error.Message);
    }

    [Fact]
    public void A_one_value_enum_that_only_fixes_a_header_is_sent_as_a_literal_and_gets_no_type()
    {
        Assert.Null(typeof(WS.Record).Assembly.GetType("CodeGen.Tests.WireShapes.ApiVersion"));
        var run = GeneratorHarness.Run(new[] { new TestSpec("/p/wire-shapes.yaml", System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.TestsProject, "Serialization", "Specs", "wire-shapes.yaml")), "WireShapes") });
        var client = run.Sources.Single(s => s.HintName.EndsWith(".WireShapesClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("\"Api-Version\", \"2024-01-01\"", client, System.StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("ApiVersion", System.StringComparison.Ordinal));
    }
}
