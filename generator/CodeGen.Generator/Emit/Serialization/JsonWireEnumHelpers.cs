namespace CodeGen.Emit;

/// <summary>The part of the spec's JSON helper class that enums and their converters use.</summary>
internal static class JsonWireEnumHelpers
{
    /// <summary>What the generated enums share, for a spec that has enums.</summary>
    public const string Body = """


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
