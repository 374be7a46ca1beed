using System;
using System.Collections.Generic;
using System.Text.Json;
using Xunit;
using PK = CodeGen.Tests.PropertyKinds;

namespace CodeGen.Tests.Serialization;

/// <summary>
/// Every kind of property a converter reads and writes with one helper call: optional ones are left out without a
/// value, required nullable ones are sent as null, and each kind reads back as it was written.
/// </summary>
public sealed class PropertyKindTests
{
    private static readonly JsonSerializerOptions Options = PK.Serialization.PropertyKindsJsonResolver.Options;

    private static string Write(PK.Shipment shipment) => JsonSerializer.Serialize(shipment, RoundTripTests.TypeInfo<PK.Shipment>(Options));

    private static PK.Shipment Minimal() => new()
    {
        Id = 7,
        ShippedAt = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero),
        DeliveredOn = null,
        Priority = PK.Priority.High,
        Parcels = [new PK.Parcel { Weight = 1.5 }],
        Carrier = null,
        Metadata = new Dictionary<string, string>(),
    };

    private const string FullJson =
        """{"id":7,"shippedAt":"2024-05-01T10:00:00Z","pickedUpAt":"2024-05-01 09:30:00","deliveredOn":"2024-05-03","priority":"high","fallbackPriority":"low","parcels":[{"weight":1.5},{"weight":2}],"labels":["fragile","tall"],"carrier":{"weight":0.25},"insured":true,"cost":12.50,"metadata":{"dock":"4"},"extra":[1,"two"],"note":"kept"}""";

    [Fact]
    public void Optional_properties_without_a_value_are_left_out_and_required_nullable_ones_are_sent_as_null()
    {
        Assert.Equal(
            """{"id":7,"shippedAt":"2024-05-01T10:00:00Z","deliveredOn":null,"priority":"high","parcels":[{"weight":1.5}],"carrier":null,"metadata":{}}""",
            Write(Minimal()));
    }

    [Fact]
    public void Every_kind_of_property_reads_and_writes_back_unchanged()
    {
        var shipment = RoundTripTests.Read<PK.Shipment>(FullJson, Options);

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), shipment.PickedUpAt);
        Assert.Equal(new DateOnly(2024, 5, 3), shipment.DeliveredOn);
        Assert.Equal((PK.Priority.High, PK.Priority.Low), (shipment.Priority, shipment.FallbackPriority));
        Assert.Equal([1.5, 2.0], shipment.Parcels.ConvertAll(p => p.Weight));
        Assert.Equal(["fragile", "tall"], shipment.Labels!);
        Assert.Equal((0.25, true, 12.50m), (shipment.Carrier!.Weight, shipment.Insured, shipment.Cost));
        Assert.Equal("4", shipment.Metadata["dock"]);
        Assert.Equal(JsonValueKind.Array, shipment.Extra!.Value.ValueKind);
        Assert.Equal(FullJson, Write(shipment));
    }

    public static TheoryData<string, string> Malformed => new()
    {
        // The last property read before the end is not named in the error of a property that never came.
        { """{"id":7,"shippedAt":"2024-05-01T10:00:00Z","deliveredOn":null,"priority":"high","parcels":[],"metadata":{},"note":1}""", "Shipment: the required property 'carrier' is missing." },
        { """{"id":7,"shippedAt":"2024-05-01T10:00:00Z","deliveredOn":null,"priority":"high","parcels":[{"weight":1},{"weight":"2"}],"carrier":null,"metadata":{}}""", "Value: expected a number but found String. Path: $.parcels[1].weight." },
        { """{"id":7,"shippedAt":"2024-05-01T10:00:00Z","deliveredOn":null,"priority":"high","parcels":[],"carrier":{},"metadata":{}}""", "Parcel: the required property 'weight' is missing. Path: $.carrier." },
        { """{"id":7,"shippedAt":"2024-05-01T10:00:00Z","pickedUpAt":"2024-05-01T09:30:00Z","deliveredOn":null,"priority":"high","parcels":[],"carrier":null,"metadata":{}}""", "Expected a UTC date and time in the format \"yyyy-MM-dd HH:mm:ss\" but found \"2024-05-01T09:30:00Z\". Path: $.pickedUpAt." },
        { """{"id":7,"shippedAt":"2024-05-01T10:00:00Z","deliveredOn":null,"priority":null,"parcels":[],"carrier":null,"metadata":{}}""", "Priority must not be null: expected a string. Path: $.priority." },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_shipments_fail_with_what_and_where(string json, string expectedMessage)
    {
        var error = Assert.Throws<JsonException>(() => RoundTripTests.Read<PK.Shipment>(json, Options));
        Assert.Equal(expectedMessage, error.Message);
    }
}
