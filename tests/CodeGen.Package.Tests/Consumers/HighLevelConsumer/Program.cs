using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Consumer.HighLevel;
using Consumer.HighLevel.Serialization;

// Every type used here is generated from specs/highlevel.yaml by the CodeGen package.
var typeInfo = (JsonTypeInfo<RecurringTaskCreateDTO>)HighLevelJsonResolver.Options.GetTypeInfo(typeof(RecurringTaskCreateDTO));

var task = new RecurringTaskCreateDTO
{
    Title = "Call back",
    IgnoreTaskCreation = true,
    RruleOptions = new CustomRRulesOptions
    {
        IntervalType = RecurrenceIntervalType.Weekly,
        Interval = 2,
        StartDate = new DateTimeOffset(2025, 7, 23, 12, 0, 0, TimeSpan.FromHours(2)),
        DueAfterSeconds = 600,
    },
};
Console.WriteLine(JsonSerializer.Serialize(task, typeInfo));

// What the spec declares, as the program sees it: the enum's wire values, and a request read and written back.
Console.WriteLine(string.Join(",", Enum.GetValues<RecurrenceIntervalType>().Select(value => value.ToWireValue())));
if (args.Length == 1)
{
    var read = JsonSerializer.Deserialize(File.ReadAllText(args[0]), typeInfo)!;
    Console.WriteLine(JsonSerializer.Serialize(read, typeInfo));
}
