using System.Text;

namespace CodeGen.Benchmarks.Runtime.Saleshandy;

/// <summary>
/// The data of a Create Task call for 300 prospects and of its response (one result per prospect, every tenth a
/// failure with a null task id), independent of any client's types.
/// </summary>
internal static class SaleshandySample
{
    public const int ProspectCount = 300;
    public const string BaseAddress = "https://open-api.saleshandy.com/";
    public const string ApiKey = "sh_live_8PvBmrB7P7c1d2e3f4a5b6c7d8e9f0";
    public const string ApiKeyHeader = "x-api-key";
    public const string TaskNote = "Call to follow up on the proposal sent yesterday.";
    public static readonly DateOnly DueDate = new(2026, 4, 22);

    public static List<string> ProspectIds() => Enumerable.Range(0, ProspectCount).Select(ProspectId).ToList();

    public static byte[] ResponseBody()
    {
        var json = new StringBuilder("""{"message":"Task created successfully","payload":{"results":[""");
        for (var i = 0; i < ProspectCount; i++)
        {
            if (i > 0) json.Append(',');
            var taskId = IsFailure(i) ? "null" : $"\"Tk{i:D6}Mw\"";
            json.Append($$"""{"prospectId":"{{ProspectId(i)}}","taskId":{{taskId}},"success":{{(IsFailure(i) ? "false" : "true")}}}""");
        }

        return Encoding.UTF8.GetBytes(json.Append("]}}").ToString());
    }

    public static int SuccessCount => Enumerable.Range(0, ProspectCount).Count(i => !IsFailure(i));

    private static bool IsFailure(int i) => i % 10 == 9;

    private static string ProspectId(int i) => $"Pr{i:D6}Qw";
}
