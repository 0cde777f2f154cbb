using Azure;
using Azure.Data.Tables;

namespace StakeholderBot.Storage;

// Erasing what a query finds: a row that is already gone (deleted meanwhile, or by an erase that ran twice) is not an
// error, so erasing is idempotent.
public static class RowDeletes
{
    // Returns how many rows this call removed.
    public static async Task<int> DeleteAllAsync(this TableClient table, string filter, CancellationToken cancellationToken)
    {
        var erased = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            if (await table.DeleteIfPresentAsync(row.PartitionKey, row.RowKey, cancellationToken).ConfigureAwait(false)) erased++;
        }
        return erased;
    }

    // True when this call removed the row.
    public static async Task<bool> DeleteIfPresentAsync(this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404 && !StoreCall.IsTableNotFound(e))
        {
            return false;
        }
    }
}
