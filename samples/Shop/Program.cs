using System.CommandLine;
using System.CommandLine.Invocation;
using Shop;

// dotnet run --project samples/Shop -- [--rows <n>] [--seed <ulong>] [--db <path> | --postgres <connection string>]
var parsed = ShopCommand.Create().Parse(args);
// Bad arguments print the errors and the usage, and exit with a non-zero code.
if (parsed.Action is ParseErrorAction onError) onError.ShowHelp = true;
return await parsed.InvokeAsync();
