using System;
using System.Collections.Generic;

namespace CodeGen.Model;

/// <summary>
/// The public type names of the namespaces a .NET project imports by itself (<c>ImplicitUsings</c>): <c>System</c>,
/// <c>System.Collections.Generic</c>, <c>System.IO</c>, <c>System.Linq</c>, <c>System.Net.Http</c>,
/// <c>System.Threading</c> and <c>System.Threading.Tasks</c>, as of .NET 8 to 10, without generic arity. A generated
/// type with one of these names would make the name ambiguous in every file of such a project that imports the spec's
/// namespace, so a schema named <c>Environment</c>, <c>Task</c> or <c>Thread</c> gets the suffix <see cref="Suffix"/>.
/// </summary>
/// <remarks>
/// Written once by reflection over the shared framework; <c>ImplicitUsingTypeNamesTests</c> checks it against the
/// running runtime, so a type a newer .NET adds fails a test instead of shadowing it.
/// </remarks>
internal static class ImplicitUsingTypeNames
{
    /// <summary>What a schema's type name gets when it is one of <see cref="Names"/>: <c>Environment</c> → <c>EnvironmentModel</c>.</summary>
    public const string Suffix = "Model";

    private const string List = """
        AbandonedMutexException AccessViolationException Action Activator AggregateException ApartmentState AppContext
        AppDomain AppDomainSetup AppDomainUnloadedException ApplicationException ApplicationId ArgIterator
        ArgumentException ArgumentNullException ArgumentOutOfRangeException ArithmeticException Array ArraySegment
        ArrayTypeMismatchException AssemblyLoadEventArgs AssemblyLoadEventHandler AsyncCallback AsyncEnumerable
        AsyncFlowControl AsyncLocal AsyncLocalValueChangedArgs Attribute AttributeTargets AttributeUsageAttribute
        AutoResetEvent BadImageFormatException Barrier BarrierPostPhaseException Base64FormattingOptions BinaryReader
        BinaryWriter BitConverter Boolean Buffer BufferedStream Byte ByteArrayContent ByteEqualityComparer
        CLSCompliantAttribute CancellationToken CancellationTokenRegistration CancellationTokenSource
        CannotUnloadAppDomainException Char CharEnumerator ClientCertificateOption CollectionExtensions Comparer
        Comparison CompressedStack ConcurrentExclusiveSchedulerPair ConfigureAwaitOptions Console ConsoleCancelEventArgs
        ConsoleCancelEventHandler ConsoleColor ConsoleKey ConsoleKeyInfo ConsoleModifiers ConsoleSpecialKey
        ContextBoundObject ContextCallback ContextMarshalException ContextStaticAttribute Convert Converter
        CountdownEvent CultureAwareComparer DBNull DataMisalignedException DateOnly DateTime DateTimeKind DateTimeOffset
        DayOfWeek Decimal Delegate DelegatingHandler Dictionary Directory DirectoryInfo DirectoryNotFoundException
        DivideByZeroException DllNotFoundException Double DriveInfo DriveNotFoundException DriveType
        DuplicateWaitObjectException EndOfStreamException EntryPointNotFoundException Enum EnumEqualityComparer
        Enumerable EnumerableExecutor EnumerableQuery EnumerationOptions Environment EnvironmentVariableTarget
        EqualityComparer ErrorEventArgs ErrorEventHandler EventArgs EventHandler EventResetMode EventWaitHandle
        EventWaitHandleAcl Exception ExecutionContext ExecutionEngineException FieldAccessException File FileAccess
        FileAttributes FileInfo FileLoadException FileMode FileNotFoundException FileOptions FileShare FileStream
        FileStreamOptions FileStyleUriParser FileSystemAclExtensions FileSystemEventArgs FileSystemEventHandler
        FileSystemInfo FileSystemWatcher FlagsAttribute FormUrlEncodedContent FormatException FormattableString
        FtpStyleUriParser Func GC GCCollectionMode GCGenerationInfo GCKind GCMemoryInfo GCNotificationStatus
        GenericComparer GenericEqualityComparer GenericUriParser GenericUriParserOptions GopherStyleUriParser Guid Half
        HandleInheritability HashCode HashSet HeaderEncodingSelector HostExecutionContext HostExecutionContextManager
        HttpClient HttpClientHandler HttpCompletionOption HttpContent HttpIOException HttpKeepAlivePingPolicy
        HttpMessageHandler HttpMessageInvoker HttpMethod HttpProtocolException HttpRequestError HttpRequestException
        HttpRequestMessage HttpRequestOptions HttpRequestOptionsKey HttpResponseMessage HttpStyleUriParser
        HttpVersionPolicy IAlternateEqualityComparer IAsyncDisposable IAsyncEnumerable IAsyncEnumerator IAsyncResult
        ICloneable ICollection IComparable IComparer IConvertible ICustomFormatter IDictionary IDisposable IEnumerable
        IEnumerator IEqualityComparer IEquatable IFormatProvider IFormattable IGrouping IList ILookup
        IOCompletionCallback IOException IObservable IObserver IOrderedAsyncEnumerable IOrderedEnumerable
        IOrderedQueryable IParsable IProgress IQueryProvider IQueryable IReadOnlyCollection IReadOnlyDictionary
        IReadOnlyList IReadOnlySet IServiceProvider ISet ISpanFormattable ISpanParsable IThreadPoolWorkItem ITimer
        IUtf8SpanFormattable IUtf8SpanParsable ImmutableArrayExtensions Index IndexOutOfRangeException
        InsufficientExecutionStackException InsufficientMemoryException Int128 Int16 Int32 Int64 IntPtr Interlocked
        InternalBufferOverflowException InvalidCastException InvalidDataException InvalidOperationException
        InvalidProgramException InvalidTimeZoneException KeyNotFoundException KeyValuePair Lazy LazyInitializer
        LazyThreadSafetyMode LdapStyleUriParser LinkedList LinkedListNode List LoaderOptimization
        LoaderOptimizationAttribute LocalDataStoreSlot Lock LockCookie LockRecursionException LockRecursionPolicy Lookup
        MTAThreadAttribute ManualResetEvent ManualResetEventSlim MarshalByRefObject MatchCasing MatchType Math MathF
        MemberAccessException Memory MemoryExtensions MemoryStream MessageProcessingHandler MethodAccessException
        MidpointRounding MissingFieldException MissingMemberException MissingMethodException ModuleHandle Monitor
        MulticastDelegate MulticastNotSupportedException MultipartContent MultipartFormDataContent Mutex MutexAcl
        NamedWaitHandleOptions NativeOverlapped NetPipeStyleUriParser NetTcpStyleUriParser NewsStyleUriParser
        NonRandomizedStringEqualityComparer NonSerializedAttribute NotFiniteNumberException NotImplementedException
        NotSupportedException NotifyFilters NullReferenceException Nullable NullableComparer NullableEqualityComparer
        Object ObjectComparer ObjectDisposedException ObjectEqualityComparer ObsoleteAttribute OperatingSystem
        OperationCanceledException OrderedDictionary OrderedParallelQuery OrdinalComparer OutOfMemoryException
        OverflowException Overlapped Parallel ParallelEnumerable ParallelExecutionMode ParallelLoopResult
        ParallelLoopState ParallelMergeOptions ParallelOptions ParallelQuery ParamArrayAttribute
        ParameterizedThreadStart Path PathTooLongException PeriodicTimer PlatformID PlatformNotSupportedException
        PreAllocatedOverlapped Predicate PriorityQueue Progress Queryable Queue Random RandomAccess Range RankException
        ReadOnlyMemory ReadOnlyMemoryContent ReadOnlySpan ReaderWriterLock ReaderWriterLockSlim
        ReferenceEqualityComparer RegisteredWaitHandle RenamedEventArgs RenamedEventHandler ResolveEventArgs
        ResolveEventHandler RuntimeArgumentHandle RuntimeFieldHandle RuntimeMethodHandle RuntimeTypeHandle SByte
        STAThreadAttribute SearchOption SeekOrigin Semaphore SemaphoreAcl SemaphoreFullException SemaphoreSlim
        SendOrPostCallback SequencePosition SerializableAttribute Single SocketsHttpConnectionContext SocketsHttpHandler
        SocketsHttpPlaintextStreamFilterContext SortedDictionary SortedList SortedSet Span SpinLock SpinWait Stack
        StackOverflowException Stream StreamContent StreamReader StreamWriter String StringComparer StringComparison
        StringContent StringNormalizationExtensions StringReader StringSplitOptions StringWriter SynchronizationContext
        SynchronizationLockException SystemException Task TaskAsyncEnumerableExtensions TaskCanceledException
        TaskCompletionSource TaskContinuationOptions TaskCreationOptions TaskExtensions TaskFactory TaskScheduler
        TaskSchedulerException TaskStatus TaskToAsyncResult TextReader TextWriter Thread ThreadAbortException
        ThreadExceptionEventArgs ThreadExceptionEventHandler ThreadInterruptedException ThreadLocal ThreadPool
        ThreadPoolBoundHandle ThreadPriority ThreadStart ThreadStartException ThreadState ThreadStateException
        ThreadStaticAttribute ThreadingAclExtensions TimeOnly TimeProvider TimeSpan TimeZone TimeZoneInfo
        TimeZoneNotFoundException Timeout TimeoutException Timer TimerCallback TreeSet Tuple TupleExtensions Type
        TypeAccessException TypeCode TypeInitializationException TypeLoadException TypeUnloadedException TypedReference
        UInt128 UInt16 UInt32 UInt64 UIntPtr UnauthorizedAccessException UnhandledExceptionEventArgs
        UnhandledExceptionEventHandler UnitySerializationHolder UnixFileMode UnmanagedMemoryAccessor
        UnmanagedMemoryStream UnobservedTaskExceptionEventArgs Uri UriBuilder UriComponents UriCreationOptions UriFormat
        UriFormatException UriHostNameType UriKind UriParser UriPartial UriTypeConverter ValueTask ValueTuple ValueType
        Version Void Volatile WaitCallback WaitForChangedResult WaitHandle WaitHandleCannotBeOpenedException
        WaitHandleExtensions WaitOrTimerCallback WatcherChangeTypes WeakReference
        """;

    private static readonly HashSet<string> Set =
        new(List.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => Set;

    /// <summary><paramref name="name"/>, or it with <see cref="Suffix"/> when a type of the imported namespaces has it.</summary>
    public static string Avoiding(string name) => Set.Contains(name) ? name + Suffix : name;
}
