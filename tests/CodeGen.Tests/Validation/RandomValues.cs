using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CodeGen.Tests.Validation;

/// <summary>
/// Seeded random values for generated requests: mostly valid ones, and now and then one that is wrong or on an edge.
/// Values stay inside the ground where the generated validators and NJsonSchema mean the same thing (see
/// <see cref="SchemaAgreementTests"/> for the places where they deliberately differ).
/// </summary>
internal sealed class RandomValues(Random random)
{
    private const string Atext = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-";
    private const string HostCharacters = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string UrlPathCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
    private static readonly string[] FreeTextPieces = ["Meeting", "call", "Réunion", "日本語", "a b", "\"quoted\"", "line\nbreak", "", "\U0001F600", "tab\t", "\\"];

    /// <summary>Insertions that may break an email address, or leave it valid: both validators judge the result.</summary>
    public static readonly string[] EmailIntruders = [" ", "@", ".", "-", "..", "_", ",", ":", "(", "\"", "<", "é", "+", "'", "[", "]"];

    /// <summary>
    /// Insertions that may break a URI, or leave it valid. Spaces, quotes, angle brackets and non-ASCII letters are
    /// left out: System.Uri, and so NJsonSchema, silently escapes them, where RFC 3986 does not allow them.
    /// </summary>
    public static readonly string[] UriIntruders = ["@", ".", "-", "..", "_", ",", ":", "#", "?", "%20", "%", "[", "]"];

    public Random Random { get; } = random;

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>Any text, including spaces, quotes, control characters, non-Latin letters and astral characters.</summary>
    public string FreeText()
    {
        var builder = new StringBuilder();
        for (var i = Random.Next(4); i >= 0; i--) builder.Append(Pick(FreeTextPieces));
        return builder.ToString();
    }

    /// <summary>Letters and digits only, of a length in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public string Word(int min, int max, string characters = HostCharacters) =>
        new(Enumerable.Range(0, Random.Next(min, max + 1)).Select(_ => characters[Random.Next(characters.Length)]).ToArray());

    public string ValidEmail()
    {
        var local = string.Join(".", Enumerable.Range(0, Random.Next(1, 3)).Select(_ => Word(1, 8, Atext)));
        return local + "@" + HostName();
    }

    public string ValidUri()
    {
        var scheme = Pick(new[] { "https", "http", "ftp", "urn" });
        if (scheme == "urn") return "urn:isbn:" + Word(5, 10, "0123456789");
        var path = string.Concat(Enumerable.Range(0, Random.Next(0, 3)).Select(_ => "/" + Word(1, 8, UrlPathCharacters)));
        var query = Chance(0.3) ? "?q=" + Word(1, 5) : "";
        return $"{scheme}://{HostName()}{path}{query}";
    }

    /// <summary>Now and then a random edit of <paramref name="value"/>: an insertion from <paramref name="intruders"/>, a removed character, or a cut.</summary>
    public string MaybeDamaged(string value, double probability, IReadOnlyList<string> intruders)
    {
        if (!Chance(probability)) return value;
        return Random.Next(3) switch
        {
            0 => value.Insert(Random.Next(value.Length + 1), Pick(intruders)),
            1 when value.Length > 0 => value.Remove(Random.Next(value.Length), 1),
            _ => value.Substring(0, Random.Next(value.Length + 1)),
        };
    }

    /// <summary>An enum member, or now and then a number the enum does not define.</summary>
    public TEnum EnumValue<TEnum>(double undefinedProbability, params long[] undefined)
        where TEnum : struct, Enum
    {
        if (Chance(undefinedProbability)) return (TEnum)Enum.ToObject(typeof(TEnum), Pick(undefined));
        return Pick(Enum.GetValues<TEnum>());
    }

    public DateTimeOffset Instant() =>
        new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(Random.NextInt64(0, 40L * 365 * 24 * 3600));

    public List<T> ListOf<T>(int min, int max, Func<T> item) => Enumerable.Range(0, Random.Next(min, max + 1)).Select(_ => item()).ToList();

    private string HostName() =>
        string.Join(".", Enumerable.Range(0, Random.Next(2, 4)).Select(_ => Label()));

    private string Label()
    {
        var label = Word(1, 10);
        return label.Length > 2 && Chance(0.2) ? label[0] + "-" + label[1..] : label;
    }
}
