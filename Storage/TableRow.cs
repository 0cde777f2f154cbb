using Azure;
using Azure.Data.Tables;

namespace StakeholderBot.Storage;

// What every typed entity carries: its keys, and the service's timestamp and ETag (neither is written back).
public abstract class TableRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
}
