using Azure.Data.Tables;
using StakeholderBot.Storage;

namespace StakeholderBot.Bench.Storage;

// A survey-response-sized entity (a dozen properties, about 1 KB) spread over 50 partitions.
public static class Workload
{
    private static readonly string Comment = new('x', 400);

    public const string Description = "12 properties, about 1 KB of JSON";

    public static string Partition(int i) => "survey" + (i % 50).ToString("D2");

    public static string Row(int i) => "respondent" + i.ToString("D7");

    public static TableEntity Entity(int i, string? partition = null) => new(partition ?? Partition(i), Row(i))
    {
        ["Project"] = "UpGradeSME",
        ["Country"] = "NL",
        ["Page"] = i % 7,
        ["Score"] = i * 0.37,
        ["Completed"] = i % 3 == 0,
        ["SubmittedAt"] = DateTimeOffset.UnixEpoch.AddMinutes(i),
        ["Sequence"] = (long)i,
        ["Respondent"] = Guid.NewGuid(),
        ["Comment"] = Comment,
        ["Q1"] = "yes",
        ["Q2"] = "partly",
        ["Q3"] = "exporting to two EU markets",
    };

    public static StorageTables StoreTables(TableServiceClient service) =>
        new(service, new StorageOptions { TablePrefix = "bench" });
}
