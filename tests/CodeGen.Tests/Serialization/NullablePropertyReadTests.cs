using System.Linq;
using CodeGen.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Tests.Serialization;

/// <summary>
/// A property that may be null reads a JSON null as null, for every kind of value: the kinds with a reader of their
/// own for null (strings, booleans, date-times, objects, unions, lists) and those the converter tests for null first.
/// </summary>
public sealed class NullablePropertyReadTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: T, version: "1" }
        paths: {}
        components:
          schemas:
            Item: { type: object, properties: { a: { type: string } } }
            Choice:
              oneOf:
                - { type: string }
                - $ref: '#/components/schemas/Item'
            Level: { type: string, enum: [low, high] }
            Values:
              type: object
              required: [text, flag, at, item, choice, items, words, level, count, any]
              properties:
                text: { type: string, nullable: true }
                flag: { type: boolean, nullable: true }
                at: { type: string, format: date-time, nullable: true }
                item: { nullable: true, allOf: [{ $ref: '#/components/schemas/Item' }] }
                choice: { nullable: true, allOf: [{ $ref: '#/components/schemas/Choice' }] }
                items: { type: array, nullable: true, items: { $ref: '#/components/schemas/Item' } }
                words: { type: array, nullable: true, items: { type: string } }
                level: { nullable: true, allOf: [{ $ref: '#/components/schemas/Level' }] }
                count: { type: integer, nullable: true }
                any: { nullable: true }
        """;

    private static readonly System.Lazy<LoadedClient> Loaded = new(() => LoadedClient.Compile(new TestSpec("/p/nullable.yaml", Spec, "Nullable.Reads", "NullableClient"), "Nullable"));

    [Fact]
    public void Every_kind_reads_null_as_null_and_writes_it_back()
    {
        const string json = """{"text":null,"flag":null,"at":null,"item":null,"choice":null,"items":null,"words":null,"level":null,"count":null,"any":null}""";
        var type = Loaded.Value.Type("Values");

        var values = Loaded.Value.FromJson(type, json)!;

        Assert.All(type.GetProperties().Where(p => p.Name != "AdditionalProperties"), property => Assert.Null(property.GetValue(values)));
        Assert.Equal(json, Loaded.Value.ToJson(type, values));
    }

    [Fact]
    public void Every_kind_reads_a_value_and_writes_it_back()
    {
        const string json = """{"text":"t","flag":false,"at":"2024-05-01T10:00:00Z","item":{"a":"x"},"choice":"c","items":[{"a":"y"}],"words":["w"],"level":"high","count":3,"any":[1]}""";
        var type = Loaded.Value.Type("Values");

        Assert.Equal(json, Loaded.Value.ToJson(type, Loaded.Value.FromJson(type, json)));
    }
}
