using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>Emits the small internal helper class that the converters of one spec share.</summary>
internal static class JsonWireEmitter
{
    public static string Emit(ApiModel api)
    {
        var writer = FileHeader.Start(api.SpecFileName);
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            writer.Lines(Body
                .Replace("{GeneratedCode}", FileHeader.GeneratedCodeAttribute)
                .Replace("{JsonWire}", api.JsonWireName)
                .Replace("{EnumHelpers}", api.Enums.Count > 0 ? EnumHelpers : "")
                .Replace("{UnknownValueCapacity}", EnumModel.UnknownValueCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Replace("{EnumWireValues}", GeneratedNames.EnumWireValues)
                .Replace("{EnumConverterBase}", GeneratedNames.EnumConverterBase(api.ApiName))
                .Replace("{UnionHelpers}", api.Unions.Count > 0 ? UnionHelpers : ""));
        }

        return writer.ToString();
    }

    /// <summary>The helper class's nested types, which code importing it sees by their names.</summary>
    public static readonly string[] NestedTypes = SerializationScope.NestedTypesOf(
        Body.Replace("{EnumHelpers}", EnumHelpers).Replace("{UnionHelpers}", UnionHelpers).Replace("{EnumWireValues}", GeneratedNames.EnumWireValues));

    private const string Body = """
/// <summary>Reading and writing helpers shared by the generated converters.</summary>
{GeneratedCode}
internal static class {JsonWire}
{
    // Room for any date format on the stack; a longer one falls back to a string.
    private const int FormatBufferLength = 64;

    internal delegate T ValueReader<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options);

    /// <summary>A converter for a body that is a list, a map or a scalar, made of the generated readers and writers.</summary>
    internal sealed class DelegateConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T>
    {
        private readonly ValueReader<T> _read;
        private readonly global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> _write;

        public DelegateConverter(ValueReader<T> read, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> write)
        {
            _read = read;
            _write = write;
        }

        public override T Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => _read(ref reader, options);

        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options) => _write(writer, value, options);
    }

    public static void ExpectStartObject(ref global::System.Text.Json.Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject) throw UnexpectedToken(ref reader, typeName, "an object");
    }

    /// <summary>
    /// Walks the properties of one object for its converter: a copy of the reader at the current property's name, to
    /// match the name and to name the property in an error, and the properties the model does not declare, kept as
    /// they came.
    /// </summary>
    internal ref struct PropertyCursor
    {
        private global::System.Text.Json.Utf8JsonReader _name;
        private global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? _additionalProperties;

        /// <summary>The properties read that the model does not declare, in the order they came; null when there are none.</summary>
        public readonly global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? AdditionalProperties => _additionalProperties;

        /// <summary>True while a property's value is being read.</summary>
        public readonly bool IsAtProperty => _name.TokenType == global::System.Text.Json.JsonTokenType.PropertyName;

        /// <summary>The name of the property whose value is being read.</summary>
        public string Name => _name.GetString()!;

        /// <summary>
        /// Moves the reader to the value of the object's next property; false at the end of the object, where the
        /// cursor leaves the last property so that a later error has no property path.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MoveNext(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (!reader.Read() || reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject)
            {
                _name = default;
                return false;
            }

            _name = reader;
            reader.Read();
            return true;
        }

        /// <summary>Moves the reader to the value of the object's next property, and tells whether that value is null.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MoveNext(ref global::System.Text.Json.Utf8JsonReader reader, out bool isNull)
        {
            var moved = MoveNext(ref reader);
            isNull = reader.TokenType == global::System.Text.Json.JsonTokenType.Null;
            return moved;
        }

        /// <summary>True when the current property has the name <paramref name="utf8Name"/>.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool Is(global::System.ReadOnlySpan<byte> utf8Name) => _name.ValueTextEquals(utf8Name);

        /// <summary>Keeps the current property, which the model does not declare, as it came.</summary>
        public void KeepAsAdditional(ref global::System.Text.Json.Utf8JsonReader reader) => ReadAdditionalProperty(ref reader, Name, ref _additionalProperties);
    }

    /// <summary>Reads a non-null value with its generated converter.</summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static T ReadValue<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.Serialization.JsonConverter<T> converter, global::System.Text.Json.JsonSerializerOptions options) =>
        converter.Read(ref reader, typeof(T), options)!;

    // The readers of nullable properties: null for a JSON null, else what the non-null reader reads.

    public static T? ReadOrNull<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.Serialization.JsonConverter<T> converter, global::System.Text.Json.JsonSerializerOptions options)
        where T : class =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadValue(ref reader, converter, options);

    public static string? ReadStringOrNull(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadString(ref reader);

    public static bool? ReadBooleanOrNull(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadBoolean(ref reader);

    public static global::System.DateTimeOffset? ReadDateTimeOrNull(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadDateTime(ref reader);

    public static global::System.Collections.Generic.List<T>? ReadListOrNull<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, ValueReader<T> readItem) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadList(ref reader, options, readItem);

    public static global::System.Collections.Generic.List<T>? ReadListOrNull<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, global::System.Text.Json.Serialization.JsonConverter<T> itemConverter) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadList(ref reader, options, itemConverter);

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

    public static global::System.Text.Json.JsonException UnexpectedToken(ref global::System.Text.Json.Utf8JsonReader reader, string what, string expected) =>
        new global::System.Text.Json.JsonException(reader.TokenType == global::System.Text.Json.JsonTokenType.Null
            ? $"{what} must not be null: expected {expected}."
            : $"{what}: expected {expected} but found {reader.TokenType}.");

    public static global::System.Text.Json.JsonException MissingProperty(string typeName, string jsonName) =>
        new global::System.Text.Json.JsonException($"{typeName}: the required property '{jsonName}' is missing.");

    public static global::System.Text.Json.JsonException NullNotAllowed(string typeName, string jsonName) =>
        new global::System.Text.Json.JsonException($"{typeName}: the property '{jsonName}' must not be null.");

    /// <summary>
    /// The error of a value inside an object or array, with the JSON path from here to the value in its message and
    /// <c>Path</c>; each enclosing converter adds its own segment as the error passes through it.
    /// </summary>
    public static global::System.Text.Json.JsonException AtPath(global::System.Text.Json.JsonException error, string propertyName) =>
        AtSegment(error, IsPlainName(propertyName) ? "." + propertyName : "['" + propertyName.Replace("'", "\\'") + "']");

    /// <summary>The error of an array item, with the item's index in its path.</summary>
    public static global::System.Text.Json.JsonException AtPath(global::System.Text.Json.JsonException error, int index) =>
        AtSegment(error, "[" + index.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]");

    private static global::System.Text.Json.JsonException AtSegment(global::System.Text.Json.JsonException error, string segment)
    {
        // An error that already has a path was made here: it keeps the original error, whose message is extended again.
        var original = error.Path is not null && error.InnerException is global::System.Text.Json.JsonException inner ? inner : error;
        var path = "$" + segment + (original == error ? "" : error.Path!.Substring(1));
        return new global::System.Text.Json.JsonException($"{original.Message} Path: {path}.", path, null, null, original);
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0) return false;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_') return false;
        }

        return true;
    }

    public static bool ReadBoolean(ref global::System.Text.Json.Utf8JsonReader reader) => reader.TokenType switch
    {
        global::System.Text.Json.JsonTokenType.True => true,
        global::System.Text.Json.JsonTokenType.False => false,
        _ => throw UnexpectedToken(ref reader, "Value", "true or false"),
    };

    public static int ReadInt32(ref global::System.Text.Json.Utf8JsonReader reader) =>
        IsNumber(ref reader, "an integer") && reader.TryGetInt32(out var value) ? value : throw OutOfRange(ref reader, "a whole number from -2147483648 to 2147483647 (int32)");

    public static long ReadInt64(ref global::System.Text.Json.Utf8JsonReader reader) =>
        IsNumber(ref reader, "an integer") && reader.TryGetInt64(out var value) ? value : throw OutOfRange(ref reader, "a whole number from -9223372036854775808 to 9223372036854775807 (int64)");

    public static float ReadSingle(ref global::System.Text.Json.Utf8JsonReader reader) =>
        IsNumber(ref reader, "a number") && reader.TryGetSingle(out var value) && float.IsFinite(value) ? value : throw OutOfRange(ref reader, "a number within the range of float");

    public static double ReadDouble(ref global::System.Text.Json.Utf8JsonReader reader) =>
        IsNumber(ref reader, "a number") && reader.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw OutOfRange(ref reader, "a number within the range of double");

    public static decimal ReadDecimal(ref global::System.Text.Json.Utf8JsonReader reader) =>
        IsNumber(ref reader, "a number") && reader.TryGetDecimal(out var value) ? value : throw OutOfRange(ref reader, "a number within the range of decimal");

    private static bool IsNumber(ref global::System.Text.Json.Utf8JsonReader reader, string expected) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Number ? true : throw UnexpectedToken(ref reader, "Value", expected);

    /// <summary>A number the C# type cannot hold: an error, never a value wrapped or rounded to fit.</summary>
    public static global::System.Text.Json.JsonException OutOfRange(ref global::System.Text.Json.Utf8JsonReader reader, string expected)
    {
        var number = global::System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
        return new global::System.Text.Json.JsonException($"Expected {expected} but found {number}.");
    }

    public static string ReadString(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.String) throw UnexpectedToken(ref reader, "Value", "a string");
        return reader.GetString()!;
    }

    /// <summary>Reads a string, as a <see cref="ValueReader{T}"/> of list items and map values.</summary>
    public static string ReadString(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options) => ReadString(ref reader);

    /// <summary>Reads an RFC 3339 date-time.</summary>
    public static global::System.DateTimeOffset ReadDateTime(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)) return value;
        throw new global::System.Text.Json.JsonException($"Expected an RFC 3339 date-time such as \"2021-07-28T10:00:00Z\" but found {Describe(ref reader)}.");
    }

    /// <summary>Reads a date and time in a custom format; the value on the wire is UTC.</summary>
    public static global::System.DateTimeOffset ReadDateTime(ref global::System.Text.Json.Utf8JsonReader reader, string format)
    {
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String &&
            global::System.DateTimeOffset.TryParseExact(reader.GetString(), format, global::System.Globalization.CultureInfo.InvariantCulture,
                global::System.Globalization.DateTimeStyles.AssumeUniversal | global::System.Globalization.DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        throw new global::System.Text.Json.JsonException($"Expected a UTC date and time in the format \"{format}\" but found {Describe(ref reader)}.");
    }

    public static global::System.DateOnly ReadDate(ref global::System.Text.Json.Utf8JsonReader reader, string format)
    {
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String &&
            global::System.DateOnly.TryParseExact(reader.GetString(), format, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw new global::System.Text.Json.JsonException($"Expected a date in the format \"{format}\" but found {Describe(ref reader)}.");
    }

    /// <summary>Writes an RFC 3339 date-time in UTC, such as <c>2021-07-28T10:00:00Z</c>.</summary>
    public static void WriteDateTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTimeOffset value) =>
        writer.WriteStringValue(value.UtcDateTime);

    /// <summary>Writes a date and time converted to UTC, in a custom format, formatted on the stack.</summary>
    public static void WriteDateTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTimeOffset value, string format)
    {
        global::System.Span<char> buffer = stackalloc char[FormatBufferLength];
        if (value.UtcDateTime.TryFormat(buffer, out var written, format, global::System.Globalization.CultureInfo.InvariantCulture)) writer.WriteStringValue(buffer.Slice(0, written));
        else writer.WriteStringValue(value.UtcDateTime.ToString(format, global::System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Writes a property's name and its RFC 3339 date-time in UTC.</summary>
    public static void WriteDateTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateTimeOffset value) =>
        writer.WriteString(name, value.UtcDateTime);

    /// <summary>Writes a property's name and its date and time converted to UTC, in a custom format.</summary>
    public static void WriteDateTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateTimeOffset value, string format)
    {
        writer.WritePropertyName(name);
        WriteDateTime(writer, value, format);
    }

    /// <summary>Writes a property's name and its date in a custom format.</summary>
    public static void WriteDate(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateOnly value, string format)
    {
        writer.WritePropertyName(name);
        WriteDate(writer, value, format);
    }

    public static void WriteDate(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateOnly value, string format)
    {
        global::System.Span<char> buffer = stackalloc char[FormatBufferLength];
        if (value.TryFormat(buffer, out var written, format, global::System.Globalization.CultureInfo.InvariantCulture)) writer.WriteStringValue(buffer.Slice(0, written));
        else writer.WriteStringValue(value.ToString(format, global::System.Globalization.CultureInfo.InvariantCulture));
    }

    public static global::System.Collections.Generic.List<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, ValueReader<T> readItem)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray) throw UnexpectedToken(ref reader, "Value", "an array");
        var list = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            try
            {
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) throw new global::System.Text.Json.JsonException("An array item must not be null.");
                list.Add(readItem(ref reader, options));
            }
            catch (global::System.Text.Json.JsonException error)
            {
                throw AtPath(error, list.Count);
            }
        }

        return list;
    }

    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.List<T> list, global::System.Text.Json.JsonSerializerOptions options, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> writeItem)
    {
        writer.WriteStartArray();
        foreach (var item in list) writeItem(writer, item, options);
        writer.WriteEndArray();
    }

    /// <summary>Reads a list whose items have a generated converter.</summary>
    public static global::System.Collections.Generic.List<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, global::System.Text.Json.Serialization.JsonConverter<T> itemConverter)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray) throw UnexpectedToken(ref reader, "Value", "an array");
        var list = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            try
            {
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) throw new global::System.Text.Json.JsonException("An array item must not be null.");
                list.Add(itemConverter.Read(ref reader, typeof(T), options)!);
            }
            catch (global::System.Text.Json.JsonException error)
            {
                throw AtPath(error, list.Count);
            }
        }

        return list;
    }

    /// <summary>Writes a property's name and its list; nothing when there is no list.</summary>
    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Collections.Generic.List<T>? list, global::System.Text.Json.JsonSerializerOptions options, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> writeItem)
    {
        if (list is null) return;
        writer.WritePropertyName(name);
        WriteList(writer, list, options, writeItem);
    }

    /// <summary>Writes a list whose items have a generated converter.</summary>
    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.List<T> list, global::System.Text.Json.JsonSerializerOptions options, global::System.Text.Json.Serialization.JsonConverter<T> itemConverter)
    {
        writer.WriteStartArray();
        foreach (var item in list) itemConverter.Write(writer, item, options);
        writer.WriteEndArray();
    }

    /// <summary>Writes a property's name and its list, whose items have a generated converter; nothing when there is no list.</summary>
    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Collections.Generic.List<T>? list, global::System.Text.Json.JsonSerializerOptions options, global::System.Text.Json.Serialization.JsonConverter<T> itemConverter)
    {
        if (list is null) return;
        writer.WritePropertyName(name);
        WriteList(writer, list, options, itemConverter);
    }

    public static global::System.Collections.Generic.Dictionary<string, T> ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options, ValueReader<T> readValue)
    {
        ExpectStartObject(ref reader, "Map");
        var map = new global::System.Collections.Generic.Dictionary<string, T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            try
            {
                reader.Read();
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) throw new global::System.Text.Json.JsonException($"The value of '{key}' must not be null.");
                map[key] = readValue(ref reader, options);
            }
            catch (global::System.Text.Json.JsonException error)
            {
                throw AtPath(error, key);
            }
        }

        return map;
    }

    public static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.Dictionary<string, T> map, global::System.Text.Json.JsonSerializerOptions options, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> writeValue)
    {
        writer.WriteStartObject();
        foreach (var pair in map)
        {
            writer.WritePropertyName(pair.Key);
            writeValue(writer, pair.Value, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a property's name and its map; nothing when there is no map.</summary>
    public static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Collections.Generic.Dictionary<string, T>? map, global::System.Text.Json.JsonSerializerOptions options, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T, global::System.Text.Json.JsonSerializerOptions> writeValue)
    {
        if (map is null) return;
        writer.WritePropertyName(name);
        WriteMap(writer, map, options, writeValue);
    }

    /// <summary>Keeps a property the model does not declare, as it came.</summary>
    public static void ReadAdditionalProperty(ref global::System.Text.Json.Utf8JsonReader reader, string name, ref global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? additionalProperties) =>
        (additionalProperties ??= new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>())[name] = global::System.Text.Json.JsonElement.ParseValue(ref reader);

    /// <summary>Writes back the properties a model does not declare, in the order they came.</summary>
    public static void WriteAdditionalProperties(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? additionalProperties)
    {
        if (additionalProperties is null) return;
        foreach (var pair in additionalProperties)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }

    private static string Describe(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.String ? $"\"{reader.GetString()}\"" : reader.TokenType.ToString();{EnumHelpers}{UnionHelpers}
}
""";

    /// <summary>What the union converters use to choose an alternative, for a spec that has unions.</summary>
    private const string UnionHelpers = """


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

    /// <summary>What the generated enums share, for a spec that has enums.</summary>
    private const string EnumHelpers = """


    /// <summary>Reads an enum, or null for a JSON null, as a nullable property does.</summary>
    public static TEnum? ReadOrNull<TEnum>(ref global::System.Text.Json.Utf8JsonReader reader, {EnumConverterBase}<TEnum> converter, global::System.Text.Json.JsonSerializerOptions options)
        where TEnum : struct, global::System.Enum =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : ReadValue(ref reader, converter, options);

    /// <summary>
    /// The members of one generated enum with their wire values, and the values read from the wire that the spec does
    /// not list. Every enum's extensions and converter use one, built once from a table of its members, so no member
    /// is looked up by reflection.
    /// </summary>
    internal sealed class {EnumWireValues}<TEnum> where TEnum : struct, global::System.Enum
    {
        private readonly string _enumName;
        private readonly bool _isNumberOnWire;
        private readonly bool _integerCodes;
        private readonly TEnum[] _values;
        private readonly string[] _wireValues;
        private readonly byte[][] _utf8WireValues;
        private readonly global::System.Collections.Generic.Dictionary<TEnum, int> _indexOf;
        private readonly UnknownWireValues _unknown;

        /// <summary>An enum sent as strings.</summary>
        /// <param name="enumName">The enum, for error messages.</param>
        /// <param name="integerCodes">Every wire value is an integer code, so a code the spec does not list is held as the cast number.</param>
        /// <param name="members">Each member with its wire value.</param>
        public {EnumWireValues}(string enumName, bool integerCodes, params (TEnum Value, string WireValue)[] members)
            : this(enumName, isNumberOnWire: false, integerCodes, members)
        {
        }

        /// <summary>An enum sent as JSON numbers, each member's number being its wire value.</summary>
        /// <param name="enumName">The enum, for error messages.</param>
        /// <param name="members">The members.</param>
        public {EnumWireValues}(string enumName, params TEnum[] members)
            : this(enumName, isNumberOnWire: true, integerCodes: true, global::System.Array.ConvertAll(members, m => (m, ToNumberOf(m).ToString(global::System.Globalization.CultureInfo.InvariantCulture))))
        {
        }

        private {EnumWireValues}(string enumName, bool isNumberOnWire, bool integerCodes, (TEnum Value, string WireValue)[] members)
        {
            _enumName = enumName;
            _isNumberOnWire = isNumberOnWire;
            _integerCodes = integerCodes;
            _values = new TEnum[members.Length];
            _wireValues = new string[members.Length];
            _utf8WireValues = new byte[members.Length][];
            _indexOf = new global::System.Collections.Generic.Dictionary<TEnum, int>(members.Length);
            for (var i = 0; i < members.Length; i++)
            {
                _values[i] = members[i].Value;
                _wireValues[i] = members[i].WireValue;
                _utf8WireValues[i] = global::System.Text.Encoding.UTF8.GetBytes(members[i].WireValue);
                _indexOf[members[i].Value] = i;
            }

            var isLong = global::System.Runtime.CompilerServices.Unsafe.SizeOf<TEnum>() == sizeof(long);
            _unknown = new UnknownWireValues(enumName, isLong ? long.MinValue : int.MinValue, isLong ? long.MaxValue : int.MaxValue);
        }

        /// <summary>True when the value is one of the members.</summary>
        public bool IsDefined(TEnum value) => _indexOf.ContainsKey(value);

        /// <summary>True for a value with no member that was read from the wire.</summary>
        public bool WasRead(TEnum value) => _unknown.WasRead(ToNumber(value));

        /// <summary>The number of an enum sent as JSON numbers.</summary>
        public long ToNumber(TEnum value) => ToNumberOf(value);

        /// <summary>
        /// The string of an enum sent as strings: a member's wire value, a value read from the wire as it came, any
        /// other integer code as its number; any other value has none.
        /// </summary>
        public string ToWireValue(TEnum value)
        {
            if (_indexOf.TryGetValue(value, out var index)) return _wireValues[index];
            var number = ToNumberOf(value);
            return _unknown.WireValue(number)
                ?? (_integerCodes ? number.ToString(global::System.Globalization.CultureInfo.InvariantCulture)
                    : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, $"{_enumName} has no wire value for this number."));
        }

        /// <summary>Finds the member for a wire value; false when the value is not one the spec lists.</summary>
        public bool TryParse(string? wireValue, out TEnum value)
        {
            var index = global::System.Array.IndexOf(_wireValues, wireValue);
            value = index < 0 ? default : _values[index];
            return index >= 0;
        }

        /// <summary>Finds the member for a number; false when the number is not one the spec lists.</summary>
        public bool TryParse(long wireValue, out TEnum value)
        {
            foreach (var member in _values)
            {
                if (ToNumberOf(member) != wireValue) continue;
                value = member;
                return true;
            }

            value = default;
            return false;
        }

        /// <summary>Reads a wire value at the reader's current token; one the spec does not list is held.</summary>
        public TEnum Read(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (_isNumberOnWire)
            {
                var value = FromNumber(global::System.Runtime.CompilerServices.Unsafe.SizeOf<TEnum>() == sizeof(long) ? ReadInt64(ref reader) : ReadInt32(ref reader));
                if (!IsDefined(value)) _unknown.Saw(ToNumberOf(value));
                return value;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.String) throw UnexpectedToken(ref reader, _enumName, "a string");
            for (var i = 0; i < _utf8WireValues.Length; i++)
            {
                if (reader.ValueTextEquals(_utf8WireValues[i])) return _values[i];
            }

            return FromNumber(_unknown.Hold(reader.GetString()!, _integerCodes));
        }

        /// <summary>Writes the wire value of a member, or of a value read from the wire.</summary>
        public void Write(global::System.Text.Json.Utf8JsonWriter writer, TEnum value)
        {
            if (_isNumberOnWire) writer.WriteNumberValue(ToNumberOf(value));
            else if (_indexOf.TryGetValue(value, out var index)) writer.WriteStringValue(_utf8WireValues[index]);
            else if (_integerCodes) writer.WriteStringValue(ToWireValue(value));
            else _unknown.Write(writer, ToNumberOf(value));
        }

        // A generated enum's underlying type is int or long; Unsafe.As converts without boxing or reflection.
        private static long ToNumberOf(TEnum value) =>
            global::System.Runtime.CompilerServices.Unsafe.SizeOf<TEnum>() == sizeof(long)
                ? global::System.Runtime.CompilerServices.Unsafe.As<TEnum, long>(ref value)
                : global::System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value);

        private static TEnum FromNumber(long number)
        {
            if (global::System.Runtime.CompilerServices.Unsafe.SizeOf<TEnum>() == sizeof(long)) return global::System.Runtime.CompilerServices.Unsafe.As<long, TEnum>(ref number);
            var value = (int)number;
            return global::System.Runtime.CompilerServices.Unsafe.As<int, TEnum>(ref value);
        }
    }

    /// <summary>
    /// The values of one enum read from the wire that this version does not list, so each is written back exactly as
    /// it came. An integer code the enum can hold is held as itself; any other string is held as a number of its own
    /// from the bottom of the enum's range, which no member uses and which lasts for the life of the process. At most
    /// {UnknownValueCapacity} are remembered per enum.
    /// </summary>
    internal sealed class UnknownWireValues
    {
        private const int Capacity = {UnknownValueCapacity};
        private readonly object _gate = new object();
        private readonly global::System.Collections.Generic.Dictionary<string, long> _codes = new global::System.Collections.Generic.Dictionary<string, long>(global::System.StringComparer.Ordinal);
        private readonly global::System.Collections.Generic.Dictionary<long, string> _wireValues = new global::System.Collections.Generic.Dictionary<long, string>();
        private readonly string _enumName;
        private readonly long _minValue;
        private readonly long _maxValue;
        private long _nextHeld;

        /// <summary>Holds strings from <paramref name="minValue"/>, the lowest number of the enum's underlying type, up.</summary>
        /// <param name="enumName">The enum, for error messages.</param>
        /// <param name="minValue">The lowest number of the enum's underlying type.</param>
        /// <param name="maxValue">The highest number of the enum's underlying type.</param>
        public UnknownWireValues(string enumName, long minValue, long maxValue)
        {
            _enumName = enumName;
            _minValue = minValue;
            _maxValue = maxValue;
            _nextHeld = minValue;
        }

        /// <summary>The number that holds a wire value; remembered, so the value is known to have come from the wire.</summary>
        public long Hold(string wireValue, bool integerCodes)
        {
            long number = 0;
            var isCode = integerCodes && IsCode(wireValue, out number);
            lock (_gate)
            {
                if (_codes.TryGetValue(wireValue, out var held)) return held;
                if (_wireValues.Count == Capacity)
                {
                    // A code is still held as itself; it is only not remembered as one the server sent.
                    if (isCode) return number;
                    throw new global::System.Text.Json.JsonException($"{_enumName}: more than {Capacity} values this version does not list were read; \"{wireValue}\" cannot be held.");
                }

                held = isCode ? number : _nextHeld++;
                _codes.Add(wireValue, held);
                _wireValues.Add(held, wireValue);
                return held;
            }
        }

        /// <summary>Remembers a number read from the wire that no member has.</summary>
        public void Saw(long code)
        {
            lock (_gate)
            {
                if (_wireValues.Count < Capacity && !_wireValues.ContainsKey(code)) _wireValues.Add(code, code.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        /// <summary>True for a value that was read from the wire.</summary>
        public bool WasRead(long value)
        {
            lock (_gate) return _wireValues.ContainsKey(value);
        }

        /// <summary>The wire value of a number that holds one, or null.</summary>
        public string? WireValue(long value)
        {
            lock (_gate) return _wireValues.TryGetValue(value, out var wireValue) ? wireValue : null;
        }

        /// <summary>Writes the wire value of a number that holds one; any other number has none and fails.</summary>
        public void Write(global::System.Text.Json.Utf8JsonWriter writer, long value) =>
            writer.WriteStringValue(WireValue(value) ?? throw new global::System.Text.Json.JsonException($"{_enumName} has no wire value for {value}."));

        /// <summary>True for a canonical integer in the enum's range, above the numbers that hold strings.</summary>
        private bool IsCode(string wireValue, out long number) =>
            long.TryParse(wireValue, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out number) &&
            number >= _minValue + Capacity && number <= _maxValue &&
            number.ToString(global::System.Globalization.CultureInfo.InvariantCulture) == wireValue;
    }
""";
}
