namespace CodeGen.Emit;

/// <summary>The part of the spec's JSON helper class that writes one property of a model in one call.</summary>
internal static class JsonWirePropertyWriters
{
    public const string Body = """
    /// <summary>Writes a property's name and its value with the value's generated converter; nothing when the value is null.</summary>
    public static void WriteProperty<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, T? value, global::System.Text.Json.Serialization.JsonConverter<T> converter, global::System.Text.Json.JsonSerializerOptions options)
    {
        if (value is null) return;
        writer.WritePropertyName(name);
        converter.Write(writer, value, options);
    }

    /// <summary>Writes a property's name and its value with the value's generated converter; nothing when there is no value.</summary>
    public static void WriteProperty<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, T? value, global::System.Text.Json.Serialization.JsonConverter<T> converter, global::System.Text.Json.JsonSerializerOptions options)
        where T : struct
    {
        if (value is not { } present) return;
        writer.WritePropertyName(name);
        converter.Write(writer, present, options);
    }

    /// <summary>Writes a property's name and its value with the value's generated converter, or null when the value is null.</summary>
    public static void WriteOrNull<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, T? value, global::System.Text.Json.Serialization.JsonConverter<T> converter, global::System.Text.Json.JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNull(name);
        else WriteProperty(writer, name, value, converter, options);
    }

    /// <summary>Writes a property's name and its value with the value's generated converter, or null when there is no value.</summary>
    public static void WriteOrNull<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, T? value, global::System.Text.Json.Serialization.JsonConverter<T> converter, global::System.Text.Json.JsonSerializerOptions options)
        where T : struct
    {
        if (value is { } present) WriteProperty(writer, name, present, converter, options);
        else writer.WriteNull(name);
    }

    /// <summary>Writes a property's name and its RFC 3339 date-time in UTC, or null when there is none.</summary>
    public static void WriteOrNull(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateTimeOffset? value)
    {
        if (value is { } present) WriteDateTime(writer, name, present);
        else writer.WriteNull(name);
    }

    /// <summary>Writes a property's name and its string; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    /// <summary>Writes a property's name and its boolean; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } present) writer.WriteBoolean(name, present);
    }

    /// <summary>Writes a property's name and its number; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } present) writer.WriteNumber(name, present);
    }

    /// <summary>Writes a property's name and its number; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } present) writer.WriteNumber(name, present);
    }

    /// <summary>Writes a property's name and its number; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, float? value)
    {
        if (value is { } present) writer.WriteNumber(name, present);
    }

    /// <summary>Writes a property's name and its number; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } present) writer.WriteNumber(name, present);
    }

    /// <summary>Writes a property's name and its number; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, decimal? value)
    {
        if (value is { } present) writer.WriteNumber(name, present);
    }

    /// <summary>Writes a property's name and its RFC 3339 date-time in UTC; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateTimeOffset? value)
    {
        if (value is { } present) WriteDateTime(writer, name, present);
    }

    /// <summary>Writes a property's name and its date and time in UTC, in a custom format; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateTimeOffset? value, string format)
    {
        if (value is { } present) WriteDateTime(writer, name, present, format);
    }

    /// <summary>Writes a property's name and its date in a format; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateOnly? value, string format)
    {
        if (value is { } present) WriteDate(writer, name, present, format);
    }

    /// <summary>Writes a property's name and its value as it came; nothing when there is none.</summary>
    public static void WriteOptional(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Text.Json.JsonElement? value)
    {
        if (value is { } present) WriteProperty(writer, name, present);
    }

    /// <summary>Writes a property's name and its value as it came.</summary>
    public static void WriteProperty(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Text.Json.JsonElement value)
    {
        writer.WritePropertyName(name);
        value.WriteTo(writer);
    }
""";
}
