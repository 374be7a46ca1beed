using CodeGen.Helpers;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits <c>XxxTelemetry</c>: the client's <c>ActivitySource</c> and <c>Meter</c>, and the recorder <c>SendAsync</c>
/// reports each call's attempts, waits and end to (one activity and one duration per call; see README,
/// "Traces, metrics and logs"). Logs go through <c>LoggerMessage.Define</c> when the project references
/// Microsoft.Extensions.Logging.Abstractions. Tags carry the path template and the host, never the URL, whose query
/// may hold credentials.
/// </summary>
internal static class ClientTelemetryEmitter
{
    private const string Logging = "global::Microsoft.Extensions.Logging.";

    public static string Emit(ApiModel api, bool hasLogging)
    {
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        var limited = api.HasRateLimits;
        var logging = ("{Logging}", Logging);
        var body = TemplateText.Fill(Template,
            ("{RateLimitName}", limited ? RateLimitName : ""),
            ("{RateLimitInstrument}", limited ? RateLimitInstrument : ""),
            ("{LogDefinitions}", hasLogging ? TemplateText.Fill(LogDefinitions, logging) : ""),
            ("{RecorderLogger}", hasLogging ? TemplateText.Fill(RecorderLogger, logging) : RecorderWithoutLogger),
            ("{RateLimitWaited}", limited ? TemplateText.Fill(RateLimitWaited, ("{LogRateLimitWait}", hasLogging ? LogRateLimitWait : "")) : ""),
            ("{RateLimitField}", limited ? "        private global::System.TimeSpan _rateLimitWait;\n" : ""),
            ("{RateLimitTag}", limited ? "                activity.SetTag(\"codegen.rate_limit.wait_duration\", _rateLimitWait.TotalSeconds);\n" : ""),
            ("{LogRetry}", hasLogging ? LogRetry : ""),
            ("{LogEnd}", hasLogging ? LogEnd : ""),
            ("{GeneratedCode}", FileHeader.GeneratedCodeAttribute),
            ("{Telemetry}", api.TelemetryName),
            ("{Client}", api.ClientName),
            ("{Name}", Text.Literal(api.Namespace + "." + api.ClientName)));
        writer.Lines(body);

        return writer.ToString();
    }

    private const string Template = """
/// <summary>
/// The traces and metrics of <see cref="{Client}"/>, under the name <see cref="Name"/>: in OpenTelemetry,
/// <c>.AddSource({Telemetry}.Name)</c> and <c>.AddMeter({Telemetry}.Name)</c>.
/// </summary>
/// <remarks>
/// Each operation call is one activity of kind Client and one <see cref="OperationDuration"/> measurement, covering
/// every attempt and wait until the final response's headers arrive. The attempts are the activities HttpClient
/// creates itself, children of the call's. Tags follow OpenTelemetry's HTTP client conventions and carry the spec's
/// path template and the server's host and port, never the URL. Nothing is recorded while nobody listens.
/// </remarks>
{GeneratedCode}
public static class {Telemetry}
{
    /// <summary>The name of the activity source and the meter, and the log category of <see cref="{Client}"/>.</summary>
    public const string Name = {Name};

    /// <summary>The histogram of operation call durations, in seconds, every attempt and wait included.</summary>
    public const string OperationDuration = "codegen.client.operation.duration";

    /// <summary>The counter of attempts sent again after a retryable failure; <c>error.type</c> says which.</summary>
    public const string Retries = "codegen.client.retries";
{RateLimitName}
    private static readonly global::System.Diagnostics.ActivitySource Source = new(Name);
    private static readonly global::System.Diagnostics.Metrics.Meter Meter = new(Name);

    private static readonly global::System.Diagnostics.Metrics.Histogram<double> DurationHistogram = Meter.CreateHistogram<double>(
        OperationDuration, "s", "The duration of operation calls, every attempt and wait included, until the final response's headers arrive.");

    private static readonly global::System.Diagnostics.Metrics.Counter<long> RetryCounter = Meter.CreateCounter<long>(
        Retries, "{retry}", "Attempts sent again after a retryable failure.");
{RateLimitInstrument}{LogDefinitions}
    /// <summary>What one client reports its calls with: its server and, when given, its logger.</summary>
    internal sealed class Recorder
    {
{RecorderLogger}
        /// <summary>Starts recording a call: its activity starts now, if anyone listens.</summary>
        public Call Start(string operation, string method, string urlTemplate) => new(this, operation, method, urlTemplate);
    }

    /// <summary>One operation call, from its start to its end, over all its attempts.</summary>
    internal sealed class Call
    {
        private readonly Recorder _recorder;
        private readonly string _operation;
        private readonly string _method;
        private readonly string _urlTemplate;
        private readonly global::System.Diagnostics.Activity? _activity;
        private int _attempts = 1;
{RateLimitField}        private global::System.TimeSpan _retryDelay;

        public Call(Recorder recorder, string operation, string method, string urlTemplate)
        {
            _recorder = recorder;
            _operation = operation;
            _method = method;
            _urlTemplate = urlTemplate;
            if (!Source.HasListeners()) return;

            // The tags are given at the start, so a sampler can decide on them.
            global::System.Collections.Generic.KeyValuePair<string, object?>[] tags =
            [
                new("http.request.method", method),
                new("url.template", urlTemplate),
                new("server.address", recorder.ServerAddress),
                new("server.port", recorder.ServerPort),
                new("codegen.operation", operation),
            ];
            _activity = Source.StartActivity(method + " " + urlTemplate, global::System.Diagnostics.ActivityKind.Client, default(global::System.Diagnostics.ActivityContext), tags);
        }
{RateLimitWaited}
        /// <summary>The attempt failed with a status code, and another follows after the delay.</summary>
        public void Retrying(int status, global::System.TimeSpan delay) => Retrying(StatusText(status), delay);

        /// <summary>The attempt failed with an exception, and another follows after the delay.</summary>
        public void Retrying(global::System.Exception exception, global::System.TimeSpan delay) => Retrying(ExceptionType(exception), delay);

        /// <summary>The final response arrived; a status of 400 or more is a failure.</summary>
        public void Completed(int status, global::System.TimeSpan elapsed) => End(status, status >= 400 ? StatusText(status) : null, elapsed);

        /// <summary>The call ended with an exception.</summary>
        public void Failed(global::System.Exception exception, global::System.TimeSpan elapsed) => End(null, ExceptionType(exception), elapsed);

        private void Retrying(string errorType, global::System.TimeSpan delay)
        {
            if (RetryCounter.Enabled)
            {
                var tags = Tags();
                tags.Add("error.type", errorType);
                RetryCounter.Add(1, tags);
            }

            _activity?.AddEvent(new global::System.Diagnostics.ActivityEvent("codegen.retry", tags: new global::System.Diagnostics.ActivityTagsCollection
            {
                ["codegen.attempt"] = _attempts,
                ["error.type"] = errorType,
                ["codegen.retry.delay"] = delay.TotalSeconds,
            }));
{LogRetry}            _attempts++;
            _retryDelay += delay;
        }

        private void End(int? status, string? errorType, global::System.TimeSpan elapsed)
        {
            if (DurationHistogram.Enabled)
            {
                var tags = Tags();
                if (status is { } code) tags.Add("http.response.status_code", code);
                if (errorType is not null) tags.Add("error.type", errorType);
                DurationHistogram.Record(elapsed.TotalSeconds, tags);
            }

            if (_activity is { } activity)
            {
                if (status is { } code) activity.SetTag("http.response.status_code", code);
                activity.SetTag("codegen.attempts", _attempts);
                activity.SetTag("codegen.retry.delay_duration", _retryDelay.TotalSeconds);
{RateLimitTag}                if (errorType is not null)
                {
                    activity.SetTag("error.type", errorType);
                    activity.SetStatus(global::System.Diagnostics.ActivityStatusCode.Error);
                }

                activity.Stop();
            }
{LogEnd}        }

        private global::System.Diagnostics.TagList Tags() => new()
        {
            { "http.request.method", _method },
            { "url.template", _urlTemplate },
            { "server.address", _recorder.ServerAddress },
            { "server.port", _recorder.ServerPort },
            { "codegen.operation", _operation },
        };

        private static string StatusText(int status) => status.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

        // The type, never the message: a message may quote what the caller or a handler put in the request.
        private static string ExceptionType(global::System.Exception exception) => exception.GetType().FullName ?? exception.GetType().Name;
    }
}
""";

    private const string RateLimitName = """

    /// <summary>The histogram of waits for a permit of the spec's rate limit, in seconds; a permit given at once is no wait.</summary>
    public const string RateLimitWait = "codegen.client.rate_limit.wait.duration";

""";

    private const string RateLimitInstrument = """

    private static readonly global::System.Diagnostics.Metrics.Histogram<double> RateLimitWaitHistogram = Meter.CreateHistogram<double>(
        RateLimitWait, "s", "Waits for a permit of the spec's rate limit before an attempt was sent.");

""";

    private const string RecorderWithoutLogger = """
        public Recorder(global::System.Uri server)
        {
            ServerAddress = server.Host;
            ServerPort = server.Port;
        }

        public string ServerAddress { get; }

        public int ServerPort { get; }

""";

    private const string RecorderLogger = """
        public Recorder(global::System.Uri server, {Logging}ILogger? logger)
        {
            ServerAddress = server.Host;
            ServerPort = server.Port;
            Logger = logger;
        }

        public string ServerAddress { get; }

        public int ServerPort { get; }

        public {Logging}ILogger? Logger { get; }

""";

    private const string RateLimitWaited = """

        /// <summary>An attempt waited for a permit of the rate limit.</summary>
        public void RateLimitWaited(global::System.TimeSpan wait)
        {
            _rateLimitWait += wait;
            if (RateLimitWaitHistogram.Enabled) RateLimitWaitHistogram.Record(wait.TotalSeconds, Tags());
{LogRateLimitWait}        }

""";

    // Event ids, levels and messages are listed in README, "Traces, metrics and logs".
    private const string LogDefinitions = """

    private static readonly global::System.Action<{Logging}ILogger, string, string, string, int, int, double, global::System.Exception?> LogCompleted =
        {Logging}LoggerMessage.Define<string, string, string, int, int, double>({Logging}LogLevel.Debug, new {Logging}EventId(1, "OperationCompleted"),
            "{Operation} ({Method} {UrlTemplate}) returned {StatusCode} after {Attempts} attempt(s) in {ElapsedMilliseconds} ms");

    private static readonly global::System.Action<{Logging}ILogger, string, string, string, string, int, double, global::System.Exception?> LogFailed =
        {Logging}LoggerMessage.Define<string, string, string, string, int, double>({Logging}LogLevel.Warning, new {Logging}EventId(2, "OperationFailed"),
            "{Operation} ({Method} {UrlTemplate}) failed with {ErrorType} after {Attempts} attempt(s) in {ElapsedMilliseconds} ms");

    private static readonly global::System.Action<{Logging}ILogger, string, int, string, double, global::System.Exception?> LogRetrying =
        {Logging}LoggerMessage.Define<string, int, string, double>({Logging}LogLevel.Information, new {Logging}EventId(3, "RetryScheduled"),
            "{Operation} attempt {Attempt} failed with {ErrorType}; retrying in {DelayMilliseconds} ms");

    private static readonly global::System.Action<{Logging}ILogger, string, double, global::System.Exception?> LogRateLimitWait =
        {Logging}LoggerMessage.Define<string, double>({Logging}LogLevel.Debug, new {Logging}EventId(4, "RateLimitWaited"),
            "{Operation} waited {WaitMilliseconds} ms for a permit of the rate limit");

""";

    private const string LogRateLimitWait = """
            if (_recorder.Logger is { } logger) LogRateLimitWait(logger, _operation, wait.TotalMilliseconds, null);

""";

    private const string LogRetry = """
            if (_recorder.Logger is { } logger) LogRetrying(logger, _operation, _attempts, errorType, delay.TotalMilliseconds, null);

""";

    private const string LogEnd = """

            if (_recorder.Logger is not { } logger) return;
            if (errorType is null) LogCompleted(logger, _operation, _method, _urlTemplate, status.GetValueOrDefault(), _attempts, elapsed.TotalMilliseconds, null);
            else LogFailed(logger, _operation, _method, _urlTemplate, errorType, _attempts, elapsed.TotalMilliseconds, null);

""";
}
