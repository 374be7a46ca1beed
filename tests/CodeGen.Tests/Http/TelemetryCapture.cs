using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CodeGen.Tests.Http;

/// <summary>A measurement as a <see cref="MeterListener"/> received it.</summary>
internal sealed record RecordedMeasurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags);

/// <summary>A log event as an <see cref="ILogger"/> received it, with its structured values.</summary>
internal sealed record RecordedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State);

/// <summary>
/// Listens to a generated client's activity source and meter (and HttpClient's own activities under them) and logs,
/// keeping only what concerns the server on <paramref name="port"/>: other tests call the same clients in parallel.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private const string HttpClientSource = "System.Net.Http";
    private readonly string _name;
    private readonly int _port;
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<Activity> _attempts = new();
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();
    private readonly ConcurrentQueue<RecordedLog> _logs = new();

    /// <param name="name">The client's telemetry name (its activity source, meter and log category).</param>
    public TelemetryCapture(string name, int port)
    {
        _name = name;
        _port = port;
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == name || source.Name == HttpClientSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) => Concerns(options) ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = activity => (activity.Source.Name == name ? _activities : _attempts).Enqueue(activity),
        };
        ActivitySource.AddActivityListener(_activityListener);

        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == name) listener.EnableMeasurementEvents(instrument);
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    /// <summary>The client's activities, one per call, in the order they ended.</summary>
    public IReadOnlyList<Activity> Activities => _activities.ToList();

    /// <summary>HttpClient's activities, one per attempt, each a child of a call's activity.</summary>
    public IReadOnlyList<Activity> Attempts => _attempts.ToList();

    public IReadOnlyList<RecordedMeasurement> Measurements => _measurements.ToList();

    public IReadOnlyList<RecordedMeasurement> MeasurementsOf(string instrument) => Measurements.Where(m => m.Instrument == instrument).ToList();

    public IReadOnlyList<RecordedLog> Logs => _logs.ToList();

    /// <summary>A logger that records into <see cref="Logs"/>, under the category a DI container would give the client.</summary>
    public ILogger Logger => new CapturingLogger(_name, _logs);

    /// <summary>A provider for <c>AddLogging</c>, recording every category.</summary>
    public ILoggerProvider LoggerProvider => new CapturingLoggerProvider(_logs);

    /// <summary>Fails if any credential appears in any activity, event, tag, measurement or log line recorded.</summary>
    public void AssertNoSecret(IEnumerable<string> secrets)
    {
        var texts = new List<string>();
        foreach (var activity in Activities)
        {
            texts.Add(activity.DisplayName);
            texts.Add(activity.OperationName);
            texts.Add(activity.StatusDescription ?? "");
            texts.AddRange(activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"));
            texts.AddRange(activity.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name} {tag.Key}={tag.Value}")));
        }

        texts.AddRange(Measurements.SelectMany(m => m.Tags.Select(tag => $"{m.Instrument} {tag.Key}={tag.Value}")));
        texts.AddRange(Logs.Select(log => log.Message));
        texts.AddRange(Logs.SelectMany(log => log.State.Select(pair => $"{pair.Key}={pair.Value}")));

        Assert.NotEmpty(texts);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(texts, text => text.Contains(secret, StringComparison.Ordinal));
        }
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    private bool Concerns(ActivityCreationOptions<ActivityContext> options) =>
        options.Source.Name == _name
            ? options.Tags?.Any(tag => tag is { Key: "server.port", Value: int port } && port == _port) == true
            : Activity.Current is { } parent && parent.Source.Name == _name && Equals(parent.GetTagItem("server.port"), _port);

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var dictionary = new Dictionary<string, object?>();
        foreach (var tag in tags) dictionary[tag.Key] = tag.Value;
        if (Equals(dictionary.GetValueOrDefault("server.port"), _port)) _measurements.Enqueue(new RecordedMeasurement(instrument.Name, instrument.Unit, value, dictionary));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<RecordedLog> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<RecordedLog> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue(new RecordedLog(category, logLevel, eventId, formatter(state, exception),
                state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
    }
}
