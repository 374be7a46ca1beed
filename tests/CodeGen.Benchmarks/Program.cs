using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CodeGen.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
