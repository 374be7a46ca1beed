namespace CodeGen.Emit;

/// <summary>The part of the spec's JSON helper class that union converters use.</summary>
internal static class JsonWireUnionHelpers
{
    /// <summary>What the union converters use to choose an alternative, for a spec that has unions.</summary>
    public const string Body = """


    /// <summary>Reads a value if it is of the type <paramref name="read"/> expects; otherwise the reader stays where it was.</summary>
    public static bool TryRead<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, ValueReader<T> read, out T value)
    {
        var attempt = reader;
        try
        {
            value = read(ref attempt, options);
            reader = attempt;
            return true;
        }
        catch (global::System.Text.Json.JsonException)
        {
            value = default!;
            return false;
        }
    }

    /// <summary>Reads a value if <paramref name="converter"/> can; otherwise the reader stays where it was.</summary>
    public static bool TryRead<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, global::System.Text.Json.Serialization.JsonConverter<T> converter, out T value)
    {
        var attempt = reader;
        try
        {
            value = converter.Read(ref attempt, typeof(T), options)!;
            reader = attempt;
            return true;
        }
        catch (global::System.Text.Json.JsonException)
        {
            value = default!;
            return false;
        }
    }

    /// <summary>The string value of a property of the object at the reader, or null when it has none; the reader stays where it was.</summary>
    public static string? PeekString(global::System.Text.Json.Utf8JsonReader reader, string propertyName)
    {
        while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
        {
            var isWanted = reader.ValueTextEquals(propertyName);
            reader.Read();
            if (isWanted) return reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
            reader.Skip();
        }

        return null;
    }

    /// <summary>True when the object at the reader has every one of the properties; the reader stays where it was.</summary>
    public static bool HasAllProperties(global::System.Text.Json.Utf8JsonReader reader, string[] propertyNames) =>
        CountProperties(reader, propertyNames) == propertyNames.Length;

    /// <summary>True when the object at the reader has one of the properties; the reader stays where it was.</summary>
    public static bool HasAnyProperty(global::System.Text.Json.Utf8JsonReader reader, string[] propertyNames) =>
        CountProperties(reader, propertyNames) > 0;

    private static int CountProperties(global::System.Text.Json.Utf8JsonReader reader, string[] propertyNames)
    {
        var found = 0;
        while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
        {
            foreach (var name in propertyNames)
            {
                if (reader.ValueTextEquals(name))
                {
                    found++;
                    break;
                }
            }

            reader.Read();
            reader.Skip();
        }

        return found;
    }
""";
}
