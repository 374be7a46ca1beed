using System.Text;
using System.Text.Json.Nodes;

namespace CodeGen.Benchmarks.Runtime;

/// <summary>Before measuring: every client must put the same JSON on the wire as the hand-written floor.</summary>
internal static class RequestCheck
{
    /// <summary>Sends once through <paramref name="handler"/> with capture on and returns the request body.</summary>
    public static async Task<string> CaptureAsync(CannedResponseHandler handler, Func<Task> send)
    {
        handler.CaptureRequests = true;
        try
        {
            await send();
            return Encoding.UTF8.GetString(handler.LastRequestBody ?? throw new InvalidOperationException("The client sent no body."));
        }
        finally
        {
            handler.CaptureRequests = false;
        }
    }

    public static void SameJson(string client, string expected, string actual)
    {
        if (!JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)))
        {
            throw new InvalidOperationException($"{client} sends different JSON from the hand-written client.\nexpected: {expected}\nactual:   {actual}");
        }
    }

    public static void Expect(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException(what);
    }
}
