using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CodeGen.Tests.Constraints;
using HighLevel = CodeGen.Tests.HighLevel;
using LeadSquared = CodeGen.Tests.LeadSquared;
using Saleshandy = CodeGen.Tests.Saleshandy;
using U = CodeGen.Tests.Unions;

namespace CodeGen.Tests.Validation;

/// <summary>
/// Random requests for each operation. With <c>faults</c> at 0 a request keeps every constraint; the higher it is,
/// the more often a value is null, out of range, undefined, repeated, or an email or URI is damaged.
/// </summary>
internal static class RandomRequests
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static HighLevel.CreateTaskParams HighLevelCreateTask(RandomValues v, double faults) => new()
    {
        Title = v.Chance(faults) ? null! : v.FreeText(),
        Body = v.Chance(0.5) ? v.FreeText() : null,
        DueDate = v.Instant(),
        Completed = v.Chance(0.5),
        AssignedTo = v.Chance(0.5) ? v.Word(5, 20) : null,
    };

    public static HighLevel.RecurringTaskCreateDTO HighLevelCreateRecurringTask(RandomValues v, double faults) => new()
    {
        Title = v.Chance(faults / 2) ? null! : v.FreeText(),
        Description = v.Chance(0.5) ? v.FreeText() : null,
        ContactIds = v.Chance(0.6) ? Ids(v, faults) : null,
        Owners = v.Chance(0.6) ? Ids(v, faults) : null,
        RruleOptions = v.Chance(faults / 4) ? null! : RecurrenceRules(v, faults),
        IgnoreTaskCreation = v.Chance(0.5) ? v.Chance(0.5) : null,
    };

    public static HighLevel.RecurringTaskUpdateDTO HighLevelUpdateRecurringTask(RandomValues v, double faults) => new()
    {
        Title = v.Chance(0.5) ? v.FreeText() : null,
        Description = v.Chance(0.5) ? v.FreeText() : null,
        ContactIds = v.Chance(0.6) ? Ids(v, faults) : null,
        Owners = v.Chance(0.6) ? Ids(v, faults) : null,
        RruleOptions = v.Chance(0.7) ? RecurrenceRules(v, faults) : null,
        IgnoreTaskCreation = v.Chance(0.5) ? v.Chance(0.5) : null,
    };

    public static LeadSquared.CreateTasksInBulkRequest LeadSquaredBulk(RandomValues v, double faults)
    {
        var count = v.Chance(faults / 2) ? v.Pick(new[] { 0, 51, 52, 70 }) : v.Random.Next(1, 51);
        return new LeadSquared.CreateTasksInBulkRequest
        {
            TaskList = v.ListOf(count, count, () => v.Chance(faults / 20) ? null! : BulkTask(v, faults)),
            StatusWebhookURL = v.Chance(0.6) ? v.MaybeDamaged(v.ValidUri(), faults * 2, RandomValues.UriIntruders) : null,
        };
    }

    public static Saleshandy.CreateTaskRequest SaleshandyCreateTask(RandomValues v, double faults)
    {
        List<string>? prospectIds = null;
        if (!v.Chance(faults / 4))
        {
            prospectIds = Enumerable.Range(0, v.Chance(faults / 2) ? 0 : v.Random.Next(1, 6)).Select(i => "P" + i + v.Word(6, 9)).ToList();
            if (prospectIds.Count > 0 && v.Chance(faults)) prospectIds.Add(v.Pick(prospectIds));
            if (prospectIds.Count > 0 && v.Chance(faults / 2)) prospectIds[v.Random.Next(prospectIds.Count)] = null!;
        }

        return new Saleshandy.CreateTaskRequest
        {
            ProspectIds = prospectIds!,
            TaskType = v.EnumValue<Saleshandy.TaskType>(faults, 0, 1, 7, 8, 10, 19),
            Priority = v.Chance(0.6) ? v.EnumValue<Saleshandy.TaskPriority>(faults, 0, 5, 9) : null,
            DueDate = v.Chance(0.6) ? System.DateOnly.FromDateTime(v.Instant().UtcDateTime) : null,
            TaskNote = v.Chance(0.5) ? v.FreeText() : null,
        };
    }

    /// <summary>A <c>Thing</c> of the constraints spec, its values near the edges of every keyword.</summary>
    public static Thing ConstraintsThing(RandomValues v, double faults) => new()
    {
        Code = v.Chance(faults / 4) ? null! : Code(v, faults),
        Nickname = v.Chance(0.3) ? null : v.Word(0, v.Chance(faults) ? 5 : 3, Lower),
        Email = v.Chance(0.6) ? v.MaybeDamaged(v.ValidEmail(), faults * 3, RandomValues.EmailIntruders) : null,
        Website = v.Chance(0.6) ? v.MaybeDamaged(v.ValidUri(), faults * 3, RandomValues.UriIntruders) : null,
        Count = v.Chance(faults) ? v.Pick(new[] { 0, 11, -5, 100 }) : v.Random.Next(1, 11),
        Ratio = v.Chance(0.6) ? (v.Chance(faults) ? v.Pick(new[] { 0, -0.5, 1.5, 1, double.NaN }) : 1 - v.Random.NextDouble()) : null,
        Price = v.Chance(0.6) ? (v.Chance(faults) ? v.Pick(new[] { 0.001m, 0m, 9999.99m, 10000m }) : 0.01m + v.Random.Next(0, 999998) / 100m) : null,
        Serial = v.Chance(0.5) ? (v.Chance(faults) ? 4_999_999_999L : 5_000_000_000L + v.Random.Next()) : null,
        Tags = Tags(v, faults),
        Levels = v.Chance(0.5) ? Distinct(v, faults, () => v.Chance(faults) ? -v.Random.Next(1, 3) : v.Random.Next(0, 50)) : null,
        Matrix = v.Chance(0.4) ? v.ListOf(0, 3, () => v.ListOf(0, v.Chance(faults) ? 3 : 2, () => v.Random.Next(0, v.Chance(faults) ? 11 : 10))) : null,
        Owner = v.Chance(faults / 4) ? null! : Person(v, faults),
        Friends = v.Chance(0.5) ? v.ListOf(0, 3, () => v.Chance(faults / 2) ? null! : Person(v, faults)) : null,
        Labels = v.Chance(0.5) ? Map(v, () => v.Chance(faults / 2) ? v.Pick(new[] { "", "ABC", "a1", null! }) : v.Word(1, 6, Lower)) : null,
        Contacts = v.Chance(0.4) ? Map(v, () => v.Chance(faults / 2) ? null! : Person(v, faults)) : null,
        Color = v.Chance(0.6) ? v.EnumValue<Color>(faults, 0, 3) : null,
        Size = v.Chance(0.6) ? v.EnumValue<Size>(faults, 0, 4, 7) : null,
        Colors = v.Chance(0.5) ? Distinct(v, faults, () => v.EnumValue<Color>(faults, 9)) : null,
        Chain = v.Chance(0.4) ? Chain(v, faults, v.Random.Next(0, 4)) : null,
        Payload = v.Chance(faults / 4) ? default : EmptyObject,
    };

    private static List<string> Ids(RandomValues v, double faults) =>
        v.ListOf(0, 3, () => v.Chance(faults / 2) ? null! : v.Word(10, 20));

    private static HighLevel.CustomRRulesOptions RecurrenceRules(RandomValues v, double faults) => new()
    {
        IntervalType = v.EnumValue<HighLevel.RecurrenceIntervalType>(faults / 2, 0, 6),
        Interval = v.Random.Next(-2, 30),
        StartDate = v.Instant(),
        EndDate = v.Chance(0.5) ? v.Instant() : null,
        DayOfMonth = v.Chance(0.5) ? (v.Chance(faults) ? v.Pick(new[] { 0, 32, -1 }) : v.Random.Next(1, 32)) : null,
        DayOfWeek = v.Chance(0.5) ? v.EnumValue<HighLevel.RecurrenceDayOfWeek>(faults / 2, 0, 8) : null,
        MonthOfYear = v.Chance(0.5) ? (v.Chance(faults) ? v.Pick(new[] { 0, 13 }) : v.Random.Next(1, 13)) : null,
        Count = v.Chance(0.5) ? v.Random.Next(0, 1000) : null,
        CreateTaskIfOverDue = v.Chance(0.5) ? v.Chance(0.5) : null,
        DueAfterSeconds = v.Random.NextInt64(0, 100_000_000),
    };

    private static LeadSquared.BulkTask BulkTask(RandomValues v, double faults) => new()
    {
        Name = v.Chance(faults / 10) ? null! : v.FreeText(),
        Description = v.Chance(0.5) ? v.FreeText() : null,
        RelatedEntity = v.Chance(0.7) ? v.EnumValue<LeadSquared.TaskRelatedEntity>(faults / 10, 2, 3, 4, 6, -1) : null,
        RelatedEntityId = v.Chance(0.7) ? v.Word(0, 36) : null,
        DueDate = v.Chance(0.6) ? v.Instant() : null,
        EndDate = v.Chance(0.6) ? v.Instant() : null,
        Reminder = v.Chance(0.5) ? v.Random.Next(-100, 10_000) : null,
        NotifyBy = v.Chance(0.6) ? v.EnumValue<LeadSquared.TaskNotifyBy>(faults / 10, 0, 1, 1001, 1101) : null,
        OwnerEmailAddress = v.Chance(0.8) ? v.MaybeDamaged(v.ValidEmail(), faults / 2, RandomValues.EmailIntruders) : null,
        Location = v.Chance(0.5) ? v.FreeText() : null,
        TaskType = v.Chance(faults / 20) ? null! : new LeadSquared.TaskTypeReference { Name = v.Chance(faults / 20) ? null! : v.FreeText() },
        CustomFields = v.Chance(0.5) ? Map(v, () => v.Chance(faults / 20) ? null! : v.FreeText()) : null,
    };

    private static string Code(RandomValues v, double faults)
    {
        var code = v.Word(1, 4, Upper) + v.Word(0, 2, Digits);
        if (v.Chance(faults)) code = v.Pick(new[] { code[..1], code + "ZZZZ", code.ToLowerInvariant(), "1" + code, code + "A" });
        return code;
    }

    private static List<string> Tags(RandomValues v, double faults)
    {
        var tags = Distinct(v, faults, () => v.Word(1, v.Chance(faults) ? 10 : 8, Lower), min: v.Chance(faults) ? 0 : 1, max: v.Chance(faults) ? 4 : 3);
        if (tags.Count > 0 && v.Chance(faults / 2)) tags[v.Random.Next(tags.Count)] = null!;
        return tags;
    }

    private static Person Person(RandomValues v, double faults) => new()
    {
        Name = v.Chance(faults / 2) ? null! : v.Word(v.Chance(faults) ? 0 : 1, 6),
        Email = v.Chance(0.5) ? v.MaybeDamaged(v.ValidEmail(), faults * 2, RandomValues.EmailIntruders) : null,
        Age = v.Chance(0.5) ? (v.Chance(faults) ? v.Pick(new[] { -1, 150, 151 }) : v.Random.Next(0, 150)) : null,
    };

    private static Node Chain(RandomValues v, double faults, int depth) => new()
    {
        Label = v.Chance(0.8) ? v.Word(v.Chance(faults) ? 0 : 1, 4) : null,
        Next = depth == 0 ? null : Chain(v, faults, depth - 1),
    };

    /// <summary>
    /// A drawing of oneOf shapes (Serialization/Specs/unions.yaml): circles and squares, now and then a square with a
    /// radius too (so it may also be a circle), integers and strings, some breaking their alternative's constraints.
    /// </summary>
    public static U.Drawing UnionsDrawing(RandomValues v, double faults) => new()
    {
        Shapes = v.ListOf(1, 4, () => v.Random.Next(4) switch
        {
            0 => (U.Shape)new U.Circle { Radius = v.Chance(faults) ? -v.Random.Next(1, 5) : v.Random.Next(0, 5) },
            1 => new U.Square { Side = v.Random.Next(1, 5), Radius = v.Chance(0.5) ? null : v.Chance(0.5) ? -1 : v.Random.Next(0, 5) },
            2 => v.Chance(faults) ? -v.Random.Next(1, 5) : v.Random.Next(0, 100),
            _ => v.Word(v.Chance(faults) ? 0 : 2, 5),
        }),
    };

    /// <summary>Distinct items when there are no faults; with faults, now and then one repeated.</summary>
    private static List<T> Distinct<T>(RandomValues v, double faults, System.Func<T> item, int min = 0, int max = 4)
    {
        var items = v.ListOf(min, max, item).Distinct().ToList();
        if (items.Count > 0 && v.Chance(faults)) items.Add(v.Pick(items));
        return items;
    }

    private static Dictionary<string, T> Map<T>(RandomValues v, System.Func<T> value)
    {
        var map = new Dictionary<string, T>();
        for (var i = v.Random.Next(0, 4); i > 0; i--) map[v.Chance(0.3) ? v.FreeText() : "mx_" + v.Word(1, 8)] = value();
        return map;
    }
}
