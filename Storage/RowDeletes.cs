using Azure;
using Azure.Data.Tables;

namespace StakeholderBot.Storage;

// Erasing what a query found: a row that is already gone (deleted meanwhile, or by an erase that ran twice) is not an
// error, so erasing is idempotent. True when this call removed the row.
public static class RowDeletes
{
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
