using Azure.Data.Tables;
using StakeholderBot.Bench.Storage;
using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;

// Insert and point-read throughput of the Table client against a local in-memory Azurite it starts itself.
// Usage: dotnet run -c Release --project bench/storage -- [--ops 2000] [--concurrency 1,8]
var settings = BenchSettings.Parse(args);
var azurite = new AzuriteFixture();
await azurite.StartAsync();
try
{
    var service = new TableServiceClient(azurite.ConnectionString);
    Console.WriteLine($"Azurite (in memory) on 127.0.0.1:{azurite.Port}; {settings.Ops} operations per run; entity: {Workload.Description}");
    Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; client and Azurite share the machine.");
    Console.WriteLine();
    Console.WriteLine(Measurement.Header);

    var warmup = service.GetTableClient("warmup");
    await warmup.CreateIfNotExistsAsync();
    await Measurement.RunAsync("warm-up", 300, 4, i => warmup.AddEntityAsync(Workload.Entity(i)));

    foreach (var concurrency in settings.Concurrency)
    {
        var table = service.GetTableClient("bench" + concurrency);
        await table.CreateIfNotExistsAsync();
        Console.WriteLine((await Measurement.RunAsync("insert (AddEntity)", settings.Ops, concurrency, i => table.AddEntityAsync(Workload.Entity(i)))).Line);
        Console.WriteLine((await Measurement.RunAsync("point read (GetEntityIfExists)", settings.Ops, concurrency, async i =>
        {
            var n = (int)(i * 7919L % settings.Ops); // scattered over everything inserted
            var found = await table.GetEntityIfExistsAsync<TableEntity>(Workload.Partition(n), Workload.Row(n));
            if (!found.HasValue) throw new InvalidOperationException($"Entity {n} was not found; the read figures would be wrong.");
        })).Line);
        Console.WriteLine((await Measurement.RunAsync("upsert merge", settings.Ops, concurrency, i => table.UpsertEntityAsync(Workload.Entity(i)))).Line);
    }

    var batchTable = service.GetTableClient("benchbatch");
    await batchTable.CreateIfNotExistsAsync();
    var batches = Math.Max(1, settings.Ops / 100);
    var batch = await Measurement.RunAsync("insert batch of 100 ($batch)", batches, 1, i => batchTable.SubmitTransactionAsync(
        Enumerable.Range(0, 100).Select(r => new TableTransactionAction(TableTransactionActionType.Add, Workload.Entity(r, "b" + i)))));
    Console.WriteLine(batch.Line + $"  = {batch.OpsPerSecond * 100:F0} entities/s");

    var tables = Workload.StoreTables(service);
    var state = new ConversationStateStore(tables);
    var concurrencyForState = settings.Concurrency.Max();
    var etags = new Azure.ETag?[concurrencyForState];
    Console.WriteLine((await Measurement.RunAsync("state save (ETag + activity marker)", settings.Ops, concurrencyForState, async i =>
    {
        var worker = i % concurrencyForState;
        var key = new ConversationStateKey("conv" + worker, "user", "survey");
        etags[worker] = (await state.SaveAsync(key, new { Page = i, Answer = "yes" }, etags[worker], "activity" + i)).ETag;
    })).Line);
}
finally
{
    await azurite.DisposeAsync();
}
