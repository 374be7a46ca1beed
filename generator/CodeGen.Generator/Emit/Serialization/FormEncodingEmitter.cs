using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the helper that writes parameters in the styles of OpenAPI 3 and bodies as
/// <c>application/x-www-form-urlencoded</c>, for a spec with an operation that needs it.
/// </summary>
internal static class FormEncodingEmitter
{
    /// <summary>Some operation sends a form body or a parameter in a style the client's own helpers do not write.</summary>
    public static bool Applies(ApiModel api) =>
        api.Operations.Any(operation => operation.FormBody is not null || operation.Parameters.Any(StyledParameters.UsesFormEncoding));

    public static string Emit(ApiModel api)
    {
        var writer = FileHeader.Start(api.SpecFileName);
        using (writer.Block("namespace " + api.Namespace))
        {
            writer.Lines(Body
                .Replace("{GeneratedCode}", FileHeader.GeneratedCodeAttribute)
                .Replace("{FormEncoding}", api.FormEncodingName));
        }

        return writer.ToString();
    }

    private const string Body = """
/// <summary>
/// Writes parameters in the styles of OpenAPI 3 (Style Values) and bodies as application/x-www-form-urlencoded. An
/// object is first written as JSON by its generated converter and then flattened, so every value reads as it would in
/// a JSON body: objects as <c>a[b][c]=v</c>, arrays of scalars as <c>a[]=v</c>, arrays of objects as <c>a[0][b]=v</c>,
/// <c>true</c>/<c>false</c>, numbers as JSON writes them; null is left out and an empty string kept. Names and values
/// are percent-encoded (a space as <c>%20</c>), but for the brackets of a flattened name, which stay as they are.
/// </summary>
{GeneratedCode}
internal static class {FormEncoding}
{
    // Deeper values are refused rather than flattened into ever longer names; the converters write no deeper by default.
    private const int MaxDepth = 64;

    /// <summary>How a value is written (OpenAPI 3, Style Values).</summary>
    public enum Style
    {
        Form,
        SpaceDelimited,
        PipeDelimited,
        DeepObject,
        Simple,
        Label,
        Matrix,
    }

    /// <summary>How one property of a form body is sent, from the spec's <c>encoding</c> object.</summary>
    public sealed class Encoding
    {
        /// <param name="property">The property's JSON name.</param>
        /// <param name="style">Its style.</param>
        /// <param name="explode">Whether an array's items or an object's properties are separate pairs.</param>
        /// <param name="allowReserved">Reserved characters other than <c>&amp;=+#</c> are sent as they are.</param>
        /// <param name="asJson">The value is sent as JSON text instead.</param>
        public Encoding(string property, Style style, bool explode, bool allowReserved = false, bool asJson = false)
        {
            Property = property;
            Style = style;
            Explode = explode;
            AllowReserved = allowReserved;
            AsJson = asJson;
        }

        public string Property { get; }

        public Style Style { get; }

        public bool Explode { get; }

        public bool AllowReserved { get; }

        public bool AsJson { get; }
    }

    /// <summary>A value to write: a scalar's text, the texts of an array's items, or JSON.</summary>
    public readonly struct Value
    {
        private readonly string? _text;
        private readonly global::System.Collections.Generic.IEnumerable<string>? _items;
        private readonly global::System.Text.Json.JsonElement _json;

        private Value(string? text, global::System.Collections.Generic.IEnumerable<string>? items, global::System.Text.Json.JsonElement json)
        {
            _text = text;
            _items = items;
            _json = json;
        }

        public static Value Of(string text) => new(text, null, default);

        public static Value Of(global::System.Collections.Generic.IEnumerable<string> items) => new(null, items, default);

        public static Value Of(global::System.Text.Json.JsonElement json) => new(null, null, json);

        /// <summary>
        /// The value as (name, text) pairs: a scalar or each item under <paramref name="name"/>, an object's properties
        /// flattened under their own names, or under <paramref name="name"/> when <paramref name="deep"/>;
        /// <paramref name="keyed"/> when the pairs are an object's properties, each with its own name.
        /// </summary>
        internal global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> Pairs(string name, bool deep, out bool keyed)
        {
            var pairs = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();
            keyed = false;
            if (_text is not null)
            {
                pairs.Add(new(name, _text));
            }
            else if (_items is not null)
            {
                foreach (var item in _items) pairs.Add(new(deep ? name + "[]" : name, item));
            }
            else if (deep || _json.ValueKind == global::System.Text.Json.JsonValueKind.Object)
            {
                keyed = _json.ValueKind is global::System.Text.Json.JsonValueKind.Object or global::System.Text.Json.JsonValueKind.Array;
                Flatten(pairs, deep ? name : "", _json, 0);
            }
            else if (_json.ValueKind == global::System.Text.Json.JsonValueKind.Array)
            {
                foreach (var item in _json.EnumerateArray())
                {
                    if (Text(item) is { } text) pairs.Add(new(name, text));
                }
            }
            else if (Text(_json) is { } text)
            {
                pairs.Add(new(name, text));
            }

            return pairs;
        }
    }

    /// <summary>
    /// Adds the pairs of <paramref name="value"/> under <paramref name="name"/>: an object's properties as
    /// <c>name[key]</c> (or <c>key</c> when the name is empty), an array's scalars as <c>name[]</c> and its objects or
    /// arrays as <c>name[index]</c>, a scalar as itself; null adds nothing.
    /// </summary>
    private static void Flatten(global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> pairs, string name, global::System.Text.Json.JsonElement value, int depth)
    {
        if (depth > MaxDepth) throw new global::System.ArgumentException($"The value of '{name}' nests deeper than {MaxDepth} levels, which a form cannot carry; nothing was sent.");
        switch (value.ValueKind)
        {
            case global::System.Text.Json.JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Flatten(pairs, name.Length == 0 ? property.Name : name + "[" + property.Name + "]", property.Value, depth + 1);
                }

                break;
            case global::System.Text.Json.JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var nested = item.ValueKind is global::System.Text.Json.JsonValueKind.Object or global::System.Text.Json.JsonValueKind.Array;
                    Flatten(pairs, name + "[" + (nested ? index.ToString(global::System.Globalization.CultureInfo.InvariantCulture) : "") + "]", item, depth + 1);
                    index++;
                }

                break;
            default:
                if (Text(value) is { } text) pairs.Add(new(name, text));
                break;
        }
    }

    /// <summary>A JSON value's text: a string as itself, a number as JSON writes it, <c>true</c>/<c>false</c>; null for null; JSON text for the rest.</summary>
    private static string? Text(global::System.Text.Json.JsonElement value) => value.ValueKind switch
    {
        global::System.Text.Json.JsonValueKind.String => value.GetString(),
        global::System.Text.Json.JsonValueKind.True => "true",
        global::System.Text.Json.JsonValueKind.False => "false",
        global::System.Text.Json.JsonValueKind.Null or global::System.Text.Json.JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    /// <summary>An application/x-www-form-urlencoded body in UTF-8: the <see cref="Form"/> text of the JSON object.</summary>
    /// <exception cref="global::System.ArgumentException">The body is not an object, or nests deeper than a form can carry.</exception>
    public static global::System.Net.Http.StringContent Content(global::System.Text.Json.JsonElement body, params Encoding[] encodings) =>
        new(Form(body, encodings), global::System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

    /// <summary>The text of an application/x-www-form-urlencoded body: each property of the JSON object by its encoding, else flattened.</summary>
    /// <exception cref="global::System.ArgumentException">The body is not an object, or nests deeper than a form can carry.</exception>
    public static string Form(global::System.Text.Json.JsonElement body, params Encoding[] encodings)
    {
        if (body.ValueKind != global::System.Text.Json.JsonValueKind.Object)
        {
            throw new global::System.ArgumentException($"A form body must be an object, not {body.ValueKind}; nothing was sent.", nameof(body));
        }

        var text = new global::System.Text.StringBuilder();
        var any = false;
        foreach (var property in body.EnumerateObject())
        {
            var encoding = global::System.Array.Find(encodings, e => e.Property == property.Name);
            if (encoding is null)
            {
                var pairs = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();
                Flatten(pairs, property.Name, property.Value, 0);
                foreach (var pair in pairs) AppendPair(text, ref any, '\0', pair.Key, pair.Value, false);
            }
            else if (encoding.AsJson)
            {
                if (property.Value.ValueKind != global::System.Text.Json.JsonValueKind.Null) AppendPair(text, ref any, '\0', property.Name, property.Value.GetRawText(), false);
            }
            else
            {
                Pairs(text, ref any, '\0', property.Name, encoding.Style, encoding.Explode, encoding.AllowReserved, Value.Of(property.Value));
            }
        }

        return text.ToString();
    }

    /// <summary>Appends a query parameter in its style: <c>form</c>, <c>spaceDelimited</c>, <c>pipeDelimited</c> or <c>deepObject</c>.</summary>
    public static void Query(global::System.Text.StringBuilder url, ref bool hasQuery, string name, Style style, bool explode, Value value, bool allowReserved = false) =>
        Pairs(url, ref hasQuery, '?', name, style, explode, allowReserved, value);

    private static void Pairs(global::System.Text.StringBuilder text, ref bool any, char first, string name, Style style, bool explode, bool allowReserved, Value value)
    {
        var pairs = value.Pairs(name, style == Style.DeepObject, out var keyed);
        if (pairs.Count == 0) return;
        if (explode || style == Style.DeepObject)
        {
            foreach (var pair in pairs) AppendPair(text, ref any, first, pair.Key, pair.Value, allowReserved);
            return;
        }

        var separator = style switch { Style.SpaceDelimited => "%20", Style.PipeDelimited => "%7C", _ => "," };
        AppendPair(text, ref any, first, name, Join(pairs, keyed, false, separator, item => Escape(item, allowReserved)), null);
    }

    /// <summary>
    /// A path parameter's segment in its style: <c>simple</c>, <c>label</c> or <c>matrix</c>, every name and value
    /// escaped; <paramref name="argument"/> is the method's argument, named when the value is refused.
    /// </summary>
    /// <exception cref="global::System.ArgumentException">The segment would be empty, "." or "..", which would call another path.</exception>
    public static string Path(string argument, string name, Style style, bool explode, Value value)
    {
        var pairs = value.Pairs(name, false, out var keyed);
        var segment = style switch
        {
            Style.Label => "." + Join(pairs, keyed, explode, ".", global::System.Uri.EscapeDataString),
            Style.Matrix => Matrix(name, pairs, keyed, explode),
            _ => Join(pairs, keyed, explode, ",", global::System.Uri.EscapeDataString),
        };
        return segment is "" or "." or ".."
            ? throw new global::System.ArgumentException($"The path parameter {argument} may not make the segment empty, \".\" or \"..\": the call would go to another path.", argument)
            : segment;
    }

    private static string Matrix(string name, global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> pairs, bool keyed, bool explode)
    {
        var joined = Join(pairs, keyed, false, ",", global::System.Uri.EscapeDataString);
        if (joined.Length == 0) return ";" + global::System.Uri.EscapeDataString(name);
        if (!explode) return ";" + global::System.Uri.EscapeDataString(name) + "=" + joined;
        var segment = new global::System.Text.StringBuilder();
        foreach (var pair in pairs) segment.Append(';').Append(global::System.Uri.EscapeDataString(pair.Key)).Append('=').Append(global::System.Uri.EscapeDataString(pair.Value));
        return segment.ToString();
    }

    /// <summary>A header parameter's value in the <c>simple</c> style, not escaped (the client refuses line breaks in it).</summary>
    public static string Header(bool explode, Value value)
    {
        var pairs = value.Pairs("", false, out var keyed);
        return Join(pairs, keyed, explode, ",", static text => text);
    }

    /// <summary>
    /// Adds a cookie parameter in the <c>form</c> style: one <c>name=a,b</c>, or exploded one cookie per item
    /// (<c>name=a; name=b</c>) or per property (<c>key=value</c>), every name and value escaped.
    /// </summary>
    public static void Cookie(global::System.Collections.Generic.List<string> cookies, string name, bool explode, Value value)
    {
        var pairs = value.Pairs(name, false, out var keyed);
        if (pairs.Count == 0) return;
        if (explode)
        {
            foreach (var pair in pairs) cookies.Add(global::System.Uri.EscapeDataString(pair.Key) + "=" + global::System.Uri.EscapeDataString(pair.Value));
            return;
        }

        cookies.Add(global::System.Uri.EscapeDataString(name) + "=" + Join(pairs, keyed, false, ",", global::System.Uri.EscapeDataString));
    }

    /// <summary>Values joined by the separator; an object's properties as <c>key=value</c> when exploded, else as <c>key,value</c>.</summary>
    private static string Join(global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> pairs, bool keyed, bool explode, string separator, global::System.Func<string, string> escape)
    {
        var text = new global::System.Text.StringBuilder();
        foreach (var pair in pairs)
        {
            if (text.Length > 0) text.Append(separator);
            if (keyed) text.Append(escape(pair.Key)).Append(explode ? "=" : separator);
            text.Append(escape(pair.Value));
        }

        return text.ToString();
    }

    /// <summary>Appends <c>name=value</c>, after <paramref name="first"/> or <c>&amp;</c>; <paramref name="allowReserved"/> is null when the value is already escaped.</summary>
    private static void AppendPair(global::System.Text.StringBuilder text, ref bool any, char first, string name, string value, bool? allowReserved)
    {
        if (any) text.Append('&');
        else if (first != '\0') text.Append(first);
        any = true;
        text.Append(Escape(name, false).Replace("%5B", "[").Replace("%5D", "]")).Append('=');
        text.Append(allowReserved is { } reserved ? Escape(value, reserved) : value);
    }

    /// <summary>
    /// Percent-encodes everything but letters, digits and <c>-._~</c>; with <paramref name="allowReserved"/>, RFC 3986's
    /// reserved characters stay as they are, but for <c>&amp;</c>, <c>=</c>, <c>+</c> and <c>#</c>, which would end
    /// the pair, read as a space or end the query.
    /// </summary>
    private static string Escape(string value, bool allowReserved)
    {
        var escaped = global::System.Uri.EscapeDataString(value);
        if (!allowReserved || escaped.IndexOf('%') < 0) return escaped;
        var text = new global::System.Text.StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '%' && i + 2 < escaped.Length && Reserved(escaped.Substring(i + 1, 2)) is { } kept)
            {
                text.Append(kept);
                i += 2;
            }
            else
            {
                text.Append(escaped[i]);
            }
        }

        return text.ToString();
    }

    private static char? Reserved(string hex) => hex switch
    {
        "3A" => ':', "2F" => '/', "3F" => '?', "5B" => '[', "5D" => ']', "40" => '@', "21" => '!', "24" => '$',
        "27" => '\'', "28" => '(', "29" => ')', "2A" => '*', "2C" => ',', "3B" => ';',
        _ => null,
    };
}
""";
}
